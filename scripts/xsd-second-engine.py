#!/usr/bin/env python3
"""Validate programme files with a second XSD engine (the pure-Python xmlschema).

libxml2 accepts some schemas that break XSD 1.0 rules, the unique particle
attribution rule among them. This script compiles the shipped schema with
xmlschema as XSD 1.0 (strict: a schema error fails the run) and then checks
every file given in both directions:

    scripts/xsd-second-engine.py [--schema Schemas/programme.xsd] \
        --valid Tests/Fixtures/schema-valid/*.xml Models/*.xml \
        --invalid Tests/Fixtures/schema-invalid/*.xml

A directory given in either list stands for the *.xml files directly inside it.
One line per file: "ok", or "FAIL" with the reason. Exit status: 0 when every
expectation holds, 1 when one fails, 2 when the schema does not compile or the
command line is wrong. Needs python3 and the xmlschema package only.
"""

import argparse
import os
import sys

try:
    import xmlschema
except ImportError:
    sys.stderr.write("xsd-second-engine: the xmlschema package is missing (pip install xmlschema)\n")
    sys.exit(2)

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SCHEMA = os.path.join(HERE, os.pardir, "Schemas", "programme.xsd")


def expand(paths):
    """Expand directories to the sorted *.xml files directly inside them."""
    files = []
    for path in paths:
        if os.path.isdir(path):
            files.extend(
                os.path.join(path, name)
                for name in sorted(os.listdir(path))
                if name.endswith(".xml")
            )
        else:
            files.append(path)
    return files


def first_line(text):
    """The first non-empty line of a message, trimmed."""
    for line in str(text).splitlines():
        if line.strip():
            return line.strip()
    return str(text).strip()


def describe(err):
    """One validation error: where (line if known, else the element path) and why."""
    where = "line %s" % err.sourceline if getattr(err, "sourceline", None) else (err.path or "?")
    return "%s: %s" % (where, first_line(err.reason or err.message))


def errors_of(schema, path):
    """Validation errors of one file, as short strings; parse errors included.

    The file is read with defuse="always": entity declarations and external
    references are refused, so nothing is ever expanded or fetched. A bare
    DOCTYPE passes here, as in any XSD validator: the "no DOCTYPE" rule is the
    tool's. Raises OSError when the file cannot be read at all, so that a
    missing file never counts as "invalid".
    """
    path = os.path.abspath(path)
    if not os.path.isfile(path):
        raise OSError("no such file: %s" % path)
    try:
        resource = xmlschema.XMLResource(path, defuse="always")
        return [describe(err) for err in schema.iter_errors(resource)]
    except OSError:
        raise
    except Exception as exc:  # not well-formed, a refused DOCTYPE, an unknown xsi:type
        return ["could not be validated: %s: %s" % (type(exc).__name__, first_line(exc))]


def main(argv):
    parser = argparse.ArgumentParser(
        description="Check programme files against the schema with xmlschema (XSD 1.0).")
    parser.add_argument("--schema", default=DEFAULT_SCHEMA,
                        help="the XSD to compile (default: Schemas/programme.xsd beside this script)")
    parser.add_argument("--valid", nargs="*", default=[], metavar="FILE",
                        help="files (or directories of *.xml) that must be valid")
    parser.add_argument("--invalid", nargs="*", default=[], metavar="FILE",
                        help="files (or directories of *.xml) that must be invalid")
    parser.add_argument("--verbose", action="store_true",
                        help="also print the errors found in files expected to be invalid")
    args = parser.parse_args(argv)

    valid = expand(args.valid)
    invalid = expand(args.invalid)
    if not valid and not invalid:
        parser.error("no file to check: give --valid FILE... and/or --invalid FILE...")

    try:
        schema = xmlschema.XMLSchema10(os.path.normpath(args.schema), validation="strict")
    except Exception as exc:
        sys.stderr.write("xsd-second-engine: SCHEMA DOES NOT COMPILE: %s\n%s\n"
                         % (args.schema, exc))
        return 2

    passed = failed = 0
    for path, expect_valid in [(p, True) for p in valid] + [(p, False) for p in invalid]:
        try:
            errors = errors_of(schema, path)
        except OSError as exc:
            print("FAIL  cannot read %s: %s" % (path, first_line(exc)))
            failed += 1
            continue
        if expect_valid and not errors:
            print("ok    valid    %s" % path)
            passed += 1
        elif not expect_valid and errors:
            print("ok    invalid  %s (%s)" % (path, errors[0]))
            if args.verbose:
                for error in errors[1:]:
                    print("               %s" % error)
            passed += 1
        elif expect_valid:
            print("FAIL  expected valid: %s" % path)
            for error in errors:
                print("      %s" % error)
            failed += 1
        else:
            print("FAIL  expected invalid, but it validates: %s" % path)
            failed += 1

    print("xsd-second-engine: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
