#!/usr/bin/env python3
"""Reads a CSV with libhxl (PyPI libhxl) and prints, as JSON, each column's hashtag as
libhxl understands it (tag and sorted attributes) and every data row's values, so that a
test can check that HXL tools see what socioeco wrote: hxl-check.py FILE.csv"""
import json
import sys

import hxl

source = hxl.data(sys.argv[1], hxl.InputOptions(allow_local=True))
columns = [
    "#" + c.tag.lstrip("#") + "".join("+" + a for a in sorted(c.attributes)) if c.tag else ""
    for c in source.columns
]
rows = [[("" if v is None else str(v)) for v in row.values] for row in source]
json.dump({"columns": columns, "headers": [c.header or "" for c in source.columns], "rows": rows},
          sys.stdout, ensure_ascii=False)
