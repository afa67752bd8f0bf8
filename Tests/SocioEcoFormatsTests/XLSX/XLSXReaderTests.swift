import Foundation
import SocioEcoFormats
import SocioEcoModel
import SocioEcoTestSupport
import Testing

@Suite struct XLSXReaderTests {
    private func day(_ y: Int, _ m: Int, _ d: Int) -> SheetValue { .date(CalendarDate(year: y, month: m, day: d)!) }

    @Test func everyKindOfCellReadsAsTheSheetShowsIt() throws {
        let rows = try XLSXFixtures.rows("handmade.xlsx")
        #expect(rows.map(\.number) == [1, 3, 4, 5, 8])
        let r1 = rows[0]
        #expect(r1[column: 1] == .text("plain"))
        #expect(r1[column: 2] == nil)
        // Rich-text runs joined, the phonetic guide left out.
        #expect(r1[column: 3] == .text("rich text "))
        // `_x000B_` is a control character; `_x005F_` keeps a literal `_x0041_`.
        #expect(r1[column: 4] == .text("a\u{0B}b _x0041_"))
        let r3 = rows[1]
        // Placed by `r`, then cells without `r` after the previous one.
        #expect(r3.cells.map(\.column) == [2, 3, 5, 6, 7, 8])
        #expect(r3[column: 2] == .text("inline"))
        #expect(r3[column: 3] == .text("inline rich"))
        #expect(r3[column: 5] == .number(42))
        #expect(r3[column: 6] == .number(2.5))
        #expect(r3[column: 7] == .boolean(true))
        #expect(r3[column: 8] == .boolean(false))
        let r4 = rows[2]
        // Cached formula values; an error as Excel shows it; empty cells left out.
        #expect(r4.cells.map(\.value) == [.number(2), .text("ab"), .text("#DIV/0!")])
        let r5 = rows[3]
        #expect(r5[column: 1] == day(2024, 3, 15))
        #expect(r5[column: 2] == day(2024, 3, 15))
        // `[h]:mm:ss` is a duration, `"day" 0.00` has a quoted d: both numbers.
        #expect(r5[column: 3] == .number(1.5))
        #expect(r5[column: 4] == .number(3))
        // Excel's 1900 leap-year quirk.
        #expect(r5[column: 5] == day(1900, 2, 28))
        #expect(r5[column: 6] == .text("1900-02-29"))
        #expect(r5[column: 7] == day(1900, 3, 1))
        #expect(r5[column: 8] == day(1900, 1, 1))
        #expect(r5[column: 9] == day(2024, 3, 15))
        #expect(rows[4][column: 27] == .text(" spaced & <escaped> "))
    }

    @Test func relativeTargetsAndThe1904System() throws {
        let rows = try XLSXFixtures.rows("relative-1904.xlsx")
        #expect(rows.first?.cells.map(\.value) == [day(1904, 1, 1), day(2024, 3, 15)])
    }

    @Test func theFirstVisibleSheetUnlessOneIsNamed() throws {
        #expect(try XLSXFixtures.rows("sheets.xlsx").first?[column: 1] == .text("partners"))
        #expect(try XLSXFixtures.rows("sheets.xlsx", sheet: "Lists").first?[column: 1] == .text("lists"))
        #expect(try XLSXFixtures.rows("sheets.xlsx", sheet: "hidden").first?[column: 1] == .text("hidden"))
        let sheets = try XLSXRowSource.sheets(path: XLSXFixtures.path("sheets.xlsx"))
        #expect(sheets.map(\.name) == ["Hidden", "Partners", "Lists"])
        #expect(sheets.map(\.isVisible) == [false, true, false])
        #expect(throws: ReadFailure.self) { try XLSXFixtures.rows("sheets.xlsx", sheet: "Nope") }
        do {
            _ = try XLSXFixtures.rows("sheets.xlsx", sheet: "Nope")
        } catch let f as ReadFailure {
            #expect(f.description.contains("no sheet 'Nope'; its sheets are 'Hidden', 'Partners', 'Lists'"))
        }
    }

    @Test func aSharedStringThatIsNotThereIsAnErrorAtItsCell() {
        let f = XLSXFixtures.failure("badstring.xlsx")
        #expect(f?.diagnostics.first?.description.hasPrefix(XLSXFixtures.path("badstring.xlsx") + ":Sheet1!C2: error:") == true)
    }

    @Test func sheetLimitsAreHeldAtTheCell() {
        let rows = XLSXFixtures.failure("handmade.xlsx", limits: SheetLimits(maxRows: 4))
        #expect(rows?.diagnostics.first?.sheet == "Sheet1")
        #expect(rows?.diagnostics.first?.line == 5)
        #expect(rows?.diagnostics.first?.message.contains("more than 4 rows") == true)
        let columns = XLSXFixtures.failure("handmade.xlsx", limits: SheetLimits(maxColumns: 7))
        #expect(columns?.diagnostics.first?.line == 3)
        #expect(columns?.diagnostics.first?.message.contains("column 8, past the 7 columns") == true)
    }

    @Test(arguments: [
        ("openpyxl-typed.xlsx", nil as String?),
        ("openpyxl-1904.xlsx", nil),
        ("openpyxl-hidden.xlsx", nil),
    ])
    func workbooksOpenpyxlWrote(name: String, sheet: String?) throws {
        guard XLSXFixtures.hasOpenpyxl else { return }
        let rows = try XLSXFixtures.rows(name, sheet: sheet)
        switch name {
        case "openpyxl-typed.xlsx":
            #expect(rows.count == 3)
            #expect(rows[0][column: 9] == .text("after gap"))
            #expect(rows[1].cells.map(\.value) == [
                .text("Save the Children"), .number(12), .number(3.25), .boolean(true),
                day(2024, 3, 15), day(2023, 12, 31), day(1999, 1, 2), .text("x"),
            ])
            #expect(rows[2].cells.map(\.value) == [.text("=not a formula"), .number(-7), .number(0.001), .boolean(false)])
            #expect(try XLSXFixtures.rows(name, sheet: "Second").first?[column: 1] == .text("second sheet"))
        case "openpyxl-1904.xlsx":
            #expect(rows.first?.cells.map(\.value) == [day(2024, 3, 15), day(1904, 1, 2)])
        default:
            #expect(rows.first?.cells.map(\.value) == [.text("read me")])
        }
    }

    @Test(.timeLimit(.minutes(3)))
    func aWorkbookLibreOfficeWroteFromACSV() throws {
        guard let soffice = LibreOfficePeer.soffice() else { return }
        let dir = Paths.temporaryDirectory()
        let csv = dir.appendingPathComponent("partners.csv")
        try Data("Activity,Target,Start,Flag\n\"say \"\"hi\"\", then\",12,2024-03-15,TRUE\n\"two\nlines\",3.5,,\nحماية 👧🏽,,,\n".utf8).write(to: csv)
        let profile = Paths.temporaryDirectory()
        let r = try run("/usr/bin/timeout", ["150", soffice, "-env:UserInstallation=file://\(profile.path)", "--headless",
                                              "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", dir.path, csv.path])
        #expect(r.status == 0, "\(r.stderr)")
        var source = try XLSXRowSource(path: dir.appendingPathComponent("partners.xlsx").path, sheet: nil)
        var rows: [SheetRow] = []
        while let row = try source.nextRow() { rows.append(row) }
        #expect(rows.map(\.number) == [1, 2, 3, 4])
        #expect(rows[0].cells.map(\.value) == [.text("Activity"), .text("Target"), .text("Start"), .text("Flag")])
        #expect(rows[1].cells.map(\.value) == [.text("say \"hi\", then"), .number(12), day(2024, 3, 15), .boolean(true)])
        #expect(rows[2].cells.map(\.value) == [.text("two\nlines"), .number(3.5)])
        #expect(rows[3].cells.map(\.value) == [.text("حماية 👧🏽")])
    }
}
