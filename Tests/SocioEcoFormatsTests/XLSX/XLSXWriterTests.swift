import Foundation
import SocioEcoFormats
import SocioEcoTestSupport
import Testing

@Suite struct XLSXWriterTests {
    /// Text a spreadsheet would mangle: formulas, separators, line breaks, scripts,
    /// emoji, markup, spaces at the ends, XML's forbidden characters and Excel's own
    /// escape syntax.
    static let hostile: [String] = [
        "=1+1", "+33 6 12", "@SUM(A1)", "-2", "say \"hi\", then; go", "two\nlines", "حماية الطفل",
        "👧🏽 children", "<b>&amp;</b>", "  padded  ", "tab\there", "bell\u{07}vt\u{0B}", "_x0041_ stays", "0042",
    ]

    static let tables: [SheetTable] = [
        SheetTable(
            name: "5W", rows: [["Activity", "Levels", "Notes"], ["#activity+name", "#activity+level", "#meta"]]
                + hostile.enumerated().map { i, t in [t, i % 2 == 0 ? "child" : "", "row \(i)"] },
            frozenRows: 2,
            validations: [
                .init(column: 2, firstRow: 3, sourceSheet: "Lists", sourceColumn: 1, sourceRows: 2...5, allowsOtherText: true),
                .init(column: 3, firstRow: 3, sourceSheet: "Lists", sourceColumn: 2, sourceRows: 2...3),
            ]),
        SheetTable(name: "Lists", rows: [["Levels", "Status"], ["child", "planned"], ["family", "ongoing"], ["community"], ["society"]]),
    ]

    private func written() throws -> String {
        let path = Paths.temporaryDirectory().appendingPathComponent("written.xlsx").path
        try Data(XLSXWriter().write(Self.tables)).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Rows without their trailing empty cells, as every reader pads differently.
    private func trimmed(_ rows: [[String]]) -> [[String]] {
        rows.map { row in Array(row.reversed().drop(while: \.isEmpty).reversed()) }
    }

    @Test func theSameTablesGiveTheSameBytes() throws {
        #expect(try XLSXWriter().write(Self.tables) == XLSXWriter().write(Self.tables))
    }

    @Test func ourReaderReadsBackEveryCellAsText() throws {
        let path = try written()
        for table in Self.tables {
            var source = try XLSXRowSource(path: path, sheet: table.name)
            var rows: [[String]] = []
            while let row = try source.nextRow() {
                var cells = [String](repeating: "", count: row.cells.last?.column ?? 0)
                for c in row.cells {
                    guard case .text(let t) = c.value else { Issue.record("\(c.value) is not text"); continue }
                    cells[c.column - 1] = t
                }
                rows.append(cells)
            }
            #expect(rows == trimmed(table.rows))
        }
    }

    @Test func openpyxlSeesTheSameTextCellsFrozenRowsAndDropDowns() throws {
        guard XLSXFixtures.hasOpenpyxl else { return }
        let r = try run("/usr/bin/env", ["python3", XLSXFixtures.script, "openpyxl-read", written()])
        #expect(r.status == 0, "\(r.stderr)")
        let sheets = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect(sheets.map { $0["name"] as? String } == ["5W", "Lists"])
        // openpyxl leaves ECMA-376's `_xHHHH_` escapes of control characters undecoded
        // (Excel, LibreOffice and our reader decode them); everything else is the same.
        let asOpenpyxlShows = Self.tables.map { table in
            table.rows.map { $0.map { $0.replacingOccurrences(of: "\u{07}", with: "_x0007_").replacingOccurrences(of: "\u{0B}", with: "_x000B_") } }
        }
        for (sheet, rows) in zip(sheets, asOpenpyxlShows) {
            #expect(trimmed(sheet["rows"] as? [[String]] ?? []) == trimmed(rows))
        }
        #expect(sheets[0]["freeze"] as? String == "A3")
        let validations = sheets[0]["validations"] as? [[Any]] ?? []
        #expect(validations.map { $0[0] as? String } == ["B3:B1048576", "C3:C1048576"])
        #expect(validations.map { $0[2] as? String } == ["'Lists'!$A$2:$A$5", "'Lists'!$B$2:$B$3"])
        #expect(validations.map { $0[3] as? Bool } == [false, true])
    }

    @Test(.timeLimit(.minutes(3)))
    func libreOfficeSeesTheSameCells() throws {
        guard let soffice = LibreOfficePeer.soffice() else { return }
        let path = try written()
        let out = Paths.temporaryDirectory()
        let profile = Paths.temporaryDirectory()
        let r = try run("/usr/bin/timeout", ["150", soffice, "-env:UserInstallation=file://\(profile.path)", "--headless",
                                              "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", out.path, path])
        #expect(r.status == 0, "\(r.stderr)")
        let csv = out.appendingPathComponent("written.csv").path
        let read = try run("/usr/bin/env", ["python3", XLSXFixtures.script, "csv-read", csv])
        #expect(read.status == 0, "\(read.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(read.stdout.utf8)) as? [[String]])
        #expect(trimmed(rows) == trimmed(Self.tables[0].rows))
    }
}
