import Foundation
import SocioEcoTestSupport
import Testing

/// Hostile workbooks through the real binary: each refused with exit status 65, quickly
/// and in bounded memory, saying what is wrong.
@Suite(.serialized) struct XLSXHostileTests {
    /// The command that reads a workbook: `import` reads it through the same reader.
    static let reading = ["import"]

    static let cases: [(file: String, phrase: String)] = [
        ("bomb-ratio.xlsx", "times its compressed size (the limit is 200); is it a ZIP bomb?"),
        ("bomb-lying.xlsx", "inflates past 2000 bytes, its declared size or the limit; is it a ZIP bomb?"),
        ("doctype.xlsx", "has a DOCTYPE"),
        ("entity-bomb.xlsx", "xl/worksheets/sheet1.xml"),
        ("undeclared-entity.xlsx", "the part 'xl/worksheets/sheet1.xml' is not well-formed XML (line 1:"),
        ("dotdot.xlsx", "'xl/../../evil.txt', outside the archive"),
        ("absolute.xlsx", "'/tmp/evil.txt', outside the archive"),
        ("truncated.xlsx", "truncated or damaged"),
        ("encrypted.xlsx", "this workbook is encrypted or in the old .xls format; save it as .xlsx without a password"),
        ("old.xls", "this workbook is encrypted or in the old .xls format"),
        ("rows.xlsx", ":Sheet1!1048577: error: the sheet has more than 1048576 rows"),
        ("columns.xlsx", ":Sheet1!1: error: the row has a cell in column 16385, past the 16384 columns"),
        ("longcell.xlsx", ":Sheet1!A1: error: the cell holds more than 131068 bytes"),
        ("notzip.xlsx", "not an .xlsx workbook: the file is not a ZIP archive"),
        ("notxml.xlsx", "is not well-formed XML"),
        ("checksum.xlsx", "the part 'xl/worksheets/sheet1.xml' is damaged (its checksum does not match); save the workbook again"),
    ]

    @Test(arguments: cases.map(\.file))
    func refusedQuicklyInBoundedMemory(file: String) throws {
        let phrase = Self.cases.first { $0.file == file }!.phrase
        let r = try run(Paths.binary, Self.reading + [XLSXFixtures.path(file)])
        #expect(r.status == 65, "\(r.stderr.prefix(500))")
        #expect(r.stderr.contains(phrase), "\(r.stderr.prefix(1000))")
        #expect(r.stdout.isEmpty)
        if !Sanitizer.addressSanitizerIsActive {
            #expect(r.seconds < 3, "took \(r.seconds) s")
            #expect(r.peakMemory < 100 << 20, "peak \(r.peakMemory >> 20) MB")
        }
    }

    @Test func aWorkbookThatIsNotThereIsExit66() throws {
        let r = try run(Paths.binary, Self.reading + ["/nonexistent/5w.xlsx"])
        #expect(r.status == 66)
    }
}
