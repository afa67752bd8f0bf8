import Foundation
import SocioEcoTestSupport
import Testing

/// The sheet commands and the standard streams: `import -` reads CSV from standard input
/// (a workbook there is refused with what to do instead), and a workbook is never poured
/// onto a terminal, while a pipe gets it.
@Suite struct SheetStandardStreamsTests {
    static let header = "Intervention ID,Activity,Levels\n#activity+id,#activity+name,#activity+level\n"

    @Test func importReadsCSVFromStandardInput() throws {
        let r = try socioeco("import", "-", input: Data((Self.header + "a,Spaces,child\n").utf8))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.isEmpty)
        #expect(r.stdout.contains("<programme xmlns=\"urn:socioeco:programme:1\" id=\"5w\">\n  <title>5W</title>"))
        #expect(r.stdout.contains("<intervention id=\"a\">"))
    }

    @Test func problemsOnStandardInputNameIt() throws {
        let r = try socioeco("import", "-", input: Data((Self.header + "a,Spaces,comunity\n").utf8))
        #expect(r.status == 65)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.hasPrefix("<stdin>:3:3: error: level 'comunity' is not a level of framework cpms-2019; did you mean 'community'?"), "\(r.stderr)")
    }

    @Test func theExportOfAModelImportsBackFromStandardInput() throws {
        let model = Paths.model("cholera-epidemic-response.xml")
        let csv = try socioeco("export", "csv", model)
        #expect(csv.status == 0)
        let r = try socioeco("import", "-", input: Data(csv.stdout.utf8))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == (try String(contentsOfFile: model, encoding: .utf8)))
    }

    @Test func aWorkbookOnStandardInputIsRefusedWithWhatToDo() throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: try template()))
        let r = try socioeco("import", "-", input: bytes)
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr == "socioeco: <stdin> is a workbook, not CSV; a workbook is read from a file: save it and give its name, or save the sheet as CSV\n")
        let sheet = try socioeco("import", "-", "--sheet", "5W", input: Data((Self.header + "a,Spaces,child\n").utf8))
        #expect(sheet.status == 64)
        let both = try socioeco("import", "-", "--codes", "-", input: Data())
        #expect(both.status == 64)
        #expect(both.stderr.contains("cannot both come from standard input"))
    }

    /// A template workbook in a new folder.
    func template() throws -> String {
        let path = Paths.temporaryDirectory().appendingPathComponent("t.xlsx").path
        #expect(try socioeco("template", "-o", path).status == 0)
        return path
    }

    @Test func aWorkbookGoesToAPipeButNotToATerminal() throws {
        let model = Paths.model("earthquake-response.xml")
        let piped = try socioeco("export", "xlsx", model)
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stdout.utf8.starts(with: [0x50, 0x4B, 0x03, 0x04]), "a ZIP")
        let script = try #require(Paths.tool("script"), "util-linux's script runs a command on a terminal")
        for command in [["export", "xlsx", model], ["template"]] {
            let line = ([Paths.binary] + command).map { "'\($0)'" }.joined(separator: " ")
            // script gives the command a terminal for standard output and returns its status.
            let r = try run(script, ["-qec", line, "/dev/null"], input: Data())
            #expect(r.status == 64, "\(command): \(r.stdout)")
            #expect(r.stdout.contains("socioeco: a workbook is not text; give -o FILE.xlsx, or redirect standard output to a file"))
            #expect(!r.stdout.contains("PK"), "no workbook bytes on the terminal")
        }
    }
}
