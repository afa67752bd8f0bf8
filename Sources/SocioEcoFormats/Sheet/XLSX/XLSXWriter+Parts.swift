/// The XML parts of a written workbook: the least Excel, LibreOffice and openpyxl need.
extension XLSXWriter {
    static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let officeRels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRels = "http://schemas.openxmlformats.org/package/2006/relationships"

    static func contentTypes(sheetCount: Int) -> String {
        var out = header + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        out += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        out += #"<Default Extension="xml" ContentType="application/xml"/>"#
        out += #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        for i in 0..<sheetCount {
            out += #"<Override PartName="/xl/worksheets/sheet\#(i + 1).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        out += #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        out += #"<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>"#
        return out + "</Types>"
    }

    static let rootRelationships = header + #"<Relationships xmlns="\#(packageRels)">"#
        + #"<Relationship Id="rId1" Type="\#(officeRels)/officeDocument" Target="xl/workbook.xml"/>"#
        + "</Relationships>"

    static func workbook(_ names: [String]) -> String {
        var out = header + #"<workbook xmlns="\#(main)" xmlns:r="\#(officeRels)">"#
        out += #"<bookViews><workbookView activeTab="0"/></bookViews><sheets>"#
        for (i, name) in names.enumerated() {
            out += #"<sheet name="\#(XLSXText.escape(name))" sheetId="\#(i + 1)" r:id="rId\#(i + 1)"/>"#
        }
        return out + "</sheets></workbook>"
    }

    static func workbookRelationships(sheetCount: Int) -> String {
        var out = header + #"<Relationships xmlns="\#(packageRels)">"#
        for i in 0..<sheetCount {
            out += #"<Relationship Id="rId\#(i + 1)" Type="\#(officeRels)/worksheet" Target="worksheets/sheet\#(i + 1).xml"/>"#
        }
        out += #"<Relationship Id="rId\#(sheetCount + 1)" Type="\#(officeRels)/styles" Target="styles.xml"/>"#
        out += #"<Relationship Id="rId\#(sheetCount + 2)" Type="\#(officeRels)/sharedStrings" Target="sharedStrings.xml"/>"#
        return out + "</Relationships>"
    }

    /// Style 0 the default; 1 text (`@`) for data cells, so what a person types there
    /// later stays text too; 2 bold text for the frozen header rows.
    static let styles = header + #"<styleSheet xmlns="\#(main)">"#
        + #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>"#
        + #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
        + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + #"<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        + #"<xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/></cellXfs>"#
        + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        + "</styleSheet>"

    static func worksheet(_ table: SheetTable, strings: inout XLSXStringTable, sheetNames: [String], tableNames: [String]) -> String {
        var out = header + #"<worksheet xmlns="\#(main)" xmlns:r="\#(officeRels)">"#
        let width = table.rows.map(\.count).max() ?? 0
        if !table.rows.isEmpty, width > 0 {
            out += #"<dimension ref="A1:\#(SheetColumnName.letters(width))\#(table.rows.count)"/>"#
        }
        out += #"<sheetViews><sheetView workbookViewId="0""#
        if table.frozenRows > 0 {
            let top = "A\(table.frozenRows + 1)"
            out += #"><pane ySplit="\#(table.frozenRows)" topLeftCell="\#(top)" activePane="bottomLeft" state="frozen"/>"#
            out += #"<selection pane="bottomLeft" activeCell="\#(top)" sqref="\#(top)"/></sheetView>"#
        } else {
            out += "/>"
        }
        out += "</sheetViews>"
        if width > 0 {
            out += "<cols>"
            for (i, w) in columnWidths(table, width: width).enumerated() {
                out += #"<col min="\#(i + 1)" max="\#(i + 1)" width="\#(w)" customWidth="1"/>"#
            }
            out += "</cols>"
        }
        out += "<sheetData>"
        for (r, row) in table.rows.enumerated() {
            let style = r < table.frozenRows ? 2 : 1
            out += #"<row r="\#(r + 1)">"#
            for (c, text) in row.enumerated() where !text.isEmpty {
                out += #"<c r="\#(SheetColumnName.letters(c + 1))\#(r + 1)" s="\#(style)" t="s"><v>\#(strings.id(text))</v></c>"#
            }
            out += "</row>"
        }
        out += "</sheetData>"
        if !table.validations.isEmpty {
            out += #"<dataValidations count="\#(table.validations.count)">"#
            for v in table.validations {
                let column = SheetColumnName.letters(v.column)
                let sheet = tableNames.firstIndex(of: v.sourceSheet).map { sheetNames[$0] } ?? v.sourceSheet
                let source = SheetColumnName.letters(v.sourceColumn)
                let formula = "'\(sheet.replacingOccurrences(of: "'", with: "''"))'!$\(source)$\(v.sourceRows.lowerBound):$\(source)$\(v.sourceRows.upperBound)"
                out += #"<dataValidation type="list" allowBlank="1" showInputMessage="1""#
                out += v.allowsOtherText ? #" showErrorMessage="0""# : #" showErrorMessage="1" errorStyle="stop""#
                out += #" sqref="\#(column)\#(v.firstRow):\#(column)1048576"><formula1>\#(XLSXText.escape(formula))</formula1></dataValidation>"#
            }
            out += "</dataValidations>"
        }
        return out + "</worksheet>"
    }

    /// A column as wide as its longest text up to 60 characters (wider cells wrap in
    /// view), at least 8, counted on the first 1,000 rows.
    static func columnWidths(_ table: SheetTable, width: Int) -> [Int] {
        var widths = [Int](repeating: 8, count: width)
        for row in table.rows.prefix(1_000) {
            for (c, text) in row.enumerated() {
                let longest = text.split(separator: "\n", omittingEmptySubsequences: false).map(\.count).max() ?? 0
                widths[c] = max(widths[c], min(longest + 2, 60))
            }
        }
        return widths
    }
}
