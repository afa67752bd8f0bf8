#!/usr/bin/env python3
"""Workbooks for the XLSX reader's tests, and other programs' reading of ours.

  make OUTDIR        write the test workbooks (openpyxl-made and hand-made, hostile ones too)
  openpyxl-read FILE print every sheet of FILE as JSON {sheet: [[cell text, ...], ...]}
  csv-read FILE      print a UTF-8 CSV (as LibreOffice writes it) as JSON [[...], ...]
  bench OUTDIR ROWS TEMPLATE.csv
                     write OUTDIR/5w-ROWS.xlsx, a 5W sheet of ROWS rows, with openpyxl, in
                     the columns of TEMPLATE.csv (what `socioeco template -o TEMPLATE.csv` writes)
"""
import csv, datetime, io, json, os, struct, sys, zipfile, zlib

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def handmade(path, sheet_xml, shared=None, styles=None, workbook_extra="", rels_target="/xl/worksheets/sheet1.xml",
             extra_entries=(), sheets=None):
    """A workbook written part by part, so each test can put exactly what it needs in it."""
    sheets = sheets or [("Sheet1", "visible", sheet_xml)]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("_rels/.rels", f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>'
                   f'<Relationship Id="rId9" Type="http://example.org/unknown" Target="docProps/unknown.xml"/></Relationships>')
        entries = "".join(f'<sheet name="{n}" sheetId="{i + 1}" state="{s}" r:id="rId{i + 1}"/>' for i, (n, s, _) in enumerate(sheets))
        z.writestr("xl/workbook.xml", f'<workbook xmlns="{MAIN}" xmlns:r="{REL}">{workbook_extra}<sheets>{entries}</sheets></workbook>')
        rels = "".join(f'<Relationship Id="rId{i + 1}" Type="{REL}/worksheet" Target="{rels_target if i == 0 else f"worksheets/sheet{i + 1}.xml"}"/>'
                       for i in range(len(sheets)))
        rels += f'<Relationship Id="rId50" Type="{REL}/styles" Target="styles.xml"/>'
        rels += f'<Relationship Id="rId51" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
        rels += f'<Relationship Id="rId52" Type="http://example.org/custom" Target="custom/thing.bin"/>'
        rels += f'<Relationship Id="rId53" Type="{REL}/hyperlink" Target="http://example.org/" TargetMode="External"/>'
        z.writestr("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="{PKG}">{rels}</Relationships>')
        for i, (_, _, xml) in enumerate(sheets):
            z.writestr(f"xl/worksheets/sheet{i + 1}.xml", xml)
        z.writestr("xl/sharedStrings.xml", f'<sst xmlns="{MAIN}">{shared or ""}</sst>')
        z.writestr("xl/styles.xml", styles or f'<styleSheet xmlns="{MAIN}"><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>')
        z.writestr("custom/thing.bin", b"\x00\x01 not xml at all")
        for name, data in extra_entries:
            z.writestr(name, data)


def sheet(rows_xml):
    return f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>{rows_xml}</sheetData></worksheet>'


def make(out):
    os.makedirs(out, exist_ok=True)
    p = lambda name: os.path.join(out, name)
    # Every kind of cell a hand-written workbook may hold.
    styles = (f'<styleSheet xmlns="{MAIN}"><numFmts count="3"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>'
              '<numFmt numFmtId="165" formatCode="[h]:mm:ss"/><numFmt numFmtId="166" formatCode="&quot;day&quot; 0.00"/></numFmts>'
              '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>'
              '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/></cellXfs></styleSheet>')
    shared = ('<si><t>plain</t></si>'
              '<si><r><rPr><b/></rPr><t>rich </t></r><r><t xml:space="preserve">text </t></r><rPh><t>PHONETIC</t></rPh></si>'
              '<si><t>a_x000B_b _x005F_x0041_</t></si>')
    rows = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c><c r="D1" t="s"><v>2</v></c></row>'
            '<row r="3"><c r="B3" t="inlineStr"><is><t>inline</t></is></c><c t="inlineStr"><is><r><t>in</t></r><r><t>line rich</t></r></is></c>'
            '<c r="E3"><v>42</v></c><c><v>2.5</v></c><c t="b"><v>1</v></c><c t="b"><v>0</v></c></row>'
            '<row><c r="A4"><f>1+1</f><v>2</v></c><c r="B4" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="C4" t="e"><f>1/0</f><v>#DIV/0!</v></c>'
            '<c r="D4" t="s"/><c r="E4"/></row>'
            '<row r="5"><c r="A5" s="1"><v>45366</v></c><c r="B5" s="2"><v>45366.75</v></c><c r="C5" s="3"><v>1.5</v></c>'
            '<c r="D5" s="4"><v>3</v></c><c r="E5" s="1"><v>59</v></c><c r="F5" s="1"><v>60</v></c><c r="G5" s="1"><v>61</v></c>'
            '<c r="H5" s="1"><v>1</v></c><c r="I5" t="d"><v>2024-03-15T00:00:00</v></c></row>'
            '<row r="7"><c r="A7" t="inlineStr"><is><t></t></is></c></row>'
            '<row r="8"><c r="AA8" t="inlineStr"><is><t xml:space="preserve"> spaced &amp; &lt;escaped&gt; </t></is></c></row>')
    handmade(p("handmade.xlsx"), sheet(rows), shared=shared, styles=styles)
    # Relationship targets relative to xl/ (no leading slash), and a 1904 workbook.
    handmade(p("relative-1904.xlsx"), sheet('<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>43904</v></c></row>'),
             styles=styles, workbook_extra='<workbookPr date1904="1"/>', rels_target="worksheets/sheet1.xml")
    # Several sheets, the first hidden.
    handmade(p("sheets.xlsx"), None, sheets=[
        ("Hidden", "hidden", sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>hidden</t></is></c></row>')),
        ("Partners", "visible", sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>partners</t></is></c></row>')),
        ("Lists", "veryHidden", sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>lists</t></is></c></row>'))])

    # Hostile workbooks.
    honest_bomb = sheet(('<row><c t="inlineStr"><is><t>' + "A" * 1000 + "</t></is></c></row>") * 200_000)
    handmade(p("bomb-ratio.xlsx"), honest_bomb)
    make_lying_bomb(p("bomb-lying.xlsx"), p("handmade.xlsx"))
    handmade(p("doctype.xlsx"), '<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
             f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&e;</t></is></c></row></sheetData></worksheet>')
    handmade(p("entity-bomb.xlsx"), '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
             '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
             f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&c;</t></is></c></row></sheetData></worksheet>')
    # An entity reference with no DOCTYPE to declare it: libxml2 must refuse it, not
    # pass it on as text or look it up anywhere.
    handmade(p("undeclared-entity.xlsx"), '<?xml version="1.0"?>'
             f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&e;</t></is></c></row></sheetData></worksheet>')
    handmade(p("dotdot.xlsx"), sheet(""), extra_entries=[("xl/../../evil.txt", "x")])
    handmade(p("absolute.xlsx"), sheet(""), extra_entries=[("/tmp/evil.txt", "x")])
    with open(p("handmade.xlsx"), "rb") as f:
        whole = f.read()
    with open(p("truncated.xlsx"), "wb") as f:
        f.write(whole[: len(whole) // 2])
    ole = bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 4088
    for name in ("encrypted.xlsx", "old.xls"):
        with open(p(name), "wb") as f:
            f.write(ole)
    with open(p("notzip.xlsx"), "w") as f:
        f.write("code,levels\nCP101,child\n")
    handmade(p("rows.xlsx"), sheet('<row r="1"><c r="A1"><v>1</v></c></row><row r="1048577"><c r="A1048577"><v>1</v></c></row>'))
    handmade(p("columns.xlsx"), sheet('<row r="1"><c r="A1"><v>1</v></c><c r="XFE1"><v>1</v></c></row>'))
    handmade(p("longcell.xlsx"), sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>' + "é" * 70_000 + '</t></is></c></row>'))
    handmade(p("badstring.xlsx"), sheet('<row r="2"><c r="C2" t="s"><v>7</v></c></row>'), shared="<si><t>only</t></si>")
    # The same, after 1,200 good rows (an empty one among them): the rows before come first.
    good = "".join(f'<row r="{r}"><c r="A{r}" t="s"><v>{0 if r != 600 else 1}</v></c><c r="B{r}"><v>{r}</v></c></row>'
                   if r != 600 else f'<row r="{r}"><c r="A{r}" t="s"><v>1</v></c></row>' for r in range(1, 1201))
    handmade(p("badstring-late.xlsx"), sheet(good + '<row r="1201"><c r="C1201" t="s"><v>7</v></c></row>'),
             shared="<si><t>only</t></si><si><t></t></si>")
    handmade(p("notxml.xlsx"), sheet('<row r="1"><c r="A1"><v>1</v></c></row>')[:-20])
    make_bad_checksum(p("checksum.xlsx"))
    make_openpyxl(out)


def make_bad_checksum(path):
    """A workbook whose sheet inflates cleanly to well-formed XML, but not to the bytes
    its CRC-32 (in the local header and the central directory) says it holds."""
    handmade(path, sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>code</t></is></c></row>'
                         '<row r="2"><c r="A2" t="inlineStr"><is><t>CP101</t></is></c></row>'))
    data = bytearray(open(path, "rb").read())
    name = b"xl/worksheets/sheet1.xml"
    for sig, crc_at, nlen_at, head in ((b"PK\x03\x04", 14, 26, 30), (b"PK\x01\x02", 16, 28, 46)):
        pos = data.find(sig)
        while pos >= 0:
            nlen = struct.unpack_from("<H", data, pos + nlen_at)[0]
            if bytes(data[pos + head: pos + head + nlen]) == name:
                crc = struct.unpack_from("<I", data, pos + crc_at)[0]
                struct.pack_into("<I", data, pos + crc_at, crc ^ 0xFFFFFFFF)
            pos = data.find(sig, pos + 4)
    with open(path, "wb") as f:
        f.write(data)


def make_lying_bomb(path, template):
    """A ZIP whose sheet declares 2,000 bytes but inflates to 100 MB: sizes patched in
    the local header and the central directory, CRC left as it is."""
    big = sheet(('<row><c t="inlineStr"><is><t>' + "B" * 100 + "</t></is></c></row>") * 800_000).encode()
    handmade(path, "PLACEHOLDER")
    with zipfile.ZipFile(path) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            z.writestr(name, big if name == "xl/worksheets/sheet1.xml" else data)
    data = bytearray(buf.getvalue())
    real = struct.pack("<I", len(big))
    fake = struct.pack("<I", 2000)
    # Local header: uncompressed size at +22; central directory entry: at +24.
    name = b"xl/worksheets/sheet1.xml"
    for sig, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        pos = 0
        while True:
            pos = data.find(sig, pos)
            if pos < 0:
                break
            nlen_at = 26 if sig == b"PK\x03\x04" else 28
            head = 30 if sig == b"PK\x03\x04" else 46
            nlen = struct.unpack_from("<H", data, pos + nlen_at)[0]
            if bytes(data[pos + head: pos + head + nlen]) == name and data[pos + offset: pos + offset + 4] == real:
                data[pos + offset: pos + offset + 4] = fake
            pos += 4
    with open(path, "wb") as f:
        f.write(data)


def make_openpyxl(out):
    try:
        import openpyxl
    except ImportError:
        return
    from openpyxl.utils.datetime import CALENDAR_MAC_1904
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Partners"
    ws.append(["text", "int", "float", "bool", "date", "datetime", "custom date", "empty", "after gap"])
    ws.append(["Save the Children", 12, 3.25, True, datetime.date(2024, 3, 15), datetime.datetime(2023, 12, 31, 18, 30),
               datetime.date(1999, 1, 2), None, "x"])
    ws["G2"].number_format = "dd/mm/yyyy"
    ws.append(["=not a formula", -7, 1e-3, False])
    ws["A3"].data_type = "s"
    ws2 = wb.create_sheet("Second")
    ws2.append(["second sheet"])
    wb.save(os.path.join(out, "openpyxl-typed.xlsx"))

    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "Mac"
    ws.append([datetime.date(2024, 3, 15), datetime.date(1904, 1, 2)])
    wb.save(os.path.join(out, "openpyxl-1904.xlsx"))

    wb = openpyxl.Workbook()
    hidden = wb.active
    hidden.title = "Hidden"
    hidden.append(["do not read"])
    hidden.sheet_state = "hidden"
    shown = wb.create_sheet("Shown")
    shown.append(["read me"])
    wb.save(os.path.join(out, "openpyxl-hidden.xlsx"))


def typed_5w(csv_path, out):
    """A 5W CSV written again by openpyxl as a person typing it into Excel would leave it:
    dates as date cells, whole numbers as numbers, the rest text."""
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "5W"
    with open(csv_path, newline="", encoding="utf-8-sig") as f:
        for row in csv.reader(f):
            cells = []
            for v in row:
                if len(v) == 10 and v[4] == "-" and v[7] == "-" and v[:4].isdigit():
                    cells.append(datetime.date(int(v[:4]), int(v[5:7]), int(v[8:])))
                elif v.isdigit() and not v.startswith("0"):
                    cells.append(int(v))
                else:
                    cells.append(v if v else None)
            ws.append(cells)
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, datetime.date):
                c.number_format = "yyyy-mm-dd"
    wb.save(out)


def openpyxl_read(path):
    import openpyxl
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        rows = []
        for row in ws.iter_rows():
            rows.append(["" if c.value is None else str(c.value) for c in row])
            for c in row:
                if c.value is not None and c.data_type != "s":
                    sys.exit(f"{ws.title}!{c.coordinate} is not text: {c.data_type}")
        validations = [[str(v.sqref), v.type, v.formula1, bool(v.showErrorMessage)] for v in ws.data_validations.dataValidation]
        out.append({"name": ws.title, "rows": rows, "freeze": ws.freeze_panes, "validations": validations})
    json.dump(out, sys.stdout, ensure_ascii=False)


def csv_read(path):
    with open(path, newline="", encoding="utf-8") as f:
        json.dump([row for row in csv.reader(f)], sys.stdout, ensure_ascii=False)


def template_columns(path):
    """The (header, hashtag) pairs of the first two rows of a template CSV: the one list of
    the 5W's columns is the binary's, never a copy here."""
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    return list(zip(rows[0], rows[1]))


def bench(out, n, template):
    import openpyxl
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("5W")
    headers = template_columns(template)
    ws.append([h for h, _ in headers])
    ws.append([t for _, t in headers])
    regions = ["Cox's Bazar", "Teknaf", "Ukhia", "Ramu", "Chakaria"]
    for i in range(n):
        row = []
        for h, tag in headers:
            if tag == "#activity+id": row.append(f"i{i}")
            elif tag == "#activity+code": row.append(f"CP{100 + i % 40}")
            elif tag == "#activity+name": row.append(f"Case management for unaccompanied children, batch {i % 97}")
            elif tag == "#activity+level": row.append(["child", "family", "community", "society"][i % 4])
            elif tag == "#activity+cpms": row.append("cpms-18")
            elif tag == "#status": row.append("ongoing")
            elif tag == "#org+code": row.append(["UNICEF", "SCI", "IRC", "BRAC"][i % 4])
            elif tag.startswith("#adm1+name"): row.append("Chittagong")
            elif tag.startswith("#adm2+name"): row.append(regions[i % 5])
            elif tag.startswith("#adm2+code"): row.append(f"BD20{i % 5}")
            elif tag == "#date+start": row.append(datetime.date(2024, 1 + i % 12, 1))
            elif tag == "#date+end": row.append(datetime.date(2025, 1 + i % 12, 28))
            elif tag == "#indicator+target": row.append(100 + i % 900)
            elif tag == "#activity+description": row.append(f"Row {i}: follow-up visits, referrals and family tracing")
            elif tag == "#org+name": row.append(["UNICEF", "Save the Children", "International Rescue Committee", "BRAC"][i % 4])
            elif tag == "#org+impl+name": row.append(f"Partner {i % 31}")
            elif tag == "#beneficiary": row.append("girls boys")
            elif tag == "#indicator+name": row.append("Children receiving case management")
            elif tag == "#indicator+unit": row.append("count")
            else: row.append(None)
        ws.append(row)
    wb.save(os.path.join(out, f"5w-{n}.xlsx"))


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "make": make(sys.argv[2])
    elif cmd == "openpyxl-read": openpyxl_read(sys.argv[2])
    elif cmd == "csv-read": csv_read(sys.argv[2])
    elif cmd == "typed-5w": typed_5w(sys.argv[2], sys.argv[3])
    elif cmd == "bench": bench(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    else: sys.exit(__doc__)
