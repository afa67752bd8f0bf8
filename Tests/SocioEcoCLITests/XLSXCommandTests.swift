import Foundation
import SocioEcoFormats
import SocioEcoTestSupport
import Testing

/// `import`, `export xlsx` and `template` with workbooks, through the real binary, and
/// what openpyxl and LibreOffice see in the workbooks we write.
@Suite struct XLSXCommandTests {
    let model = Paths.model("sheets/cox-bazar-5w.xml")

    @Test func exportedWorkbookImportsBackToTheSameProgramme() throws {
        let dir = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let xlsx = dir.appendingPathComponent("5w.xlsx").path
        let r = try socioeco("export", "xlsx", model, "-o", xlsx)
        #expect(r.status == 0, "\(r.stderr)")
        let back = try socioeco("import", xlsx, "--id", "cox-bazar-5w", "--title", "Cox's Bazar child protection 5W, 2024")
        #expect(back.status == 0, "\(back.stderr)")
        #expect(back.stdout == (try String(contentsOfFile: model, encoding: .utf8)))
        let again = try socioeco("export", "xlsx", model, "-o", dir.appendingPathComponent("again.xlsx").path)
        #expect(again.status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: xlsx))
                == (try Data(contentsOf: dir.appendingPathComponent("again.xlsx"))), "the same programme gives the same bytes")
    }

    @Test func aWorkbookIsNotPouredOntoStandardOutputUnasked() throws {
        // Standard output is a pipe here, so the bytes go there; SheetStandardStreamsTests
        // runs the command on a terminal, where it is refused.
        let r = try socioeco("template")
        #expect(r.status == 0)
        #expect(r.stdout.utf8.starts(with: [0x50, 0x4B, 0x03, 0x04]), "a ZIP")
    }

    @Test func aCellWithAnUnknownLevelIsNamedByItsSheetAndCell() throws {
        let dir = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = dir.appendingPathComponent("5w.csv").path
        _ = FileManager.default.createFile(atPath: csv, contents: Data("""
            Intervention ID,Activity,Levels
            #activity+id,#activity+name,#activity+level
            a,Spaces,comunity

            """.utf8))
        let table = try #require(try readCSV(csv))
        let xlsx = dir.appendingPathComponent("5w.xlsx").path
        _ = FileManager.default.createFile(atPath: xlsx, contents: Data(try XLSXWriter().write([SheetTable(name: "Partners", rows: table)])))
        let r = try socioeco("import", xlsx)
        #expect(r.status == 65)
        #expect(r.stderr.hasPrefix("\(xlsx):Partners!C3: error: level 'comunity' is not a level of framework cpms-2019; did you mean 'community'?"),
                "\(r.stderr)")
        let unknown = try socioeco("import", xlsx, "--sheet", "Other")
        #expect(unknown.status == 65)
        #expect(unknown.stderr.contains("its sheets are 'Partners'"), "\(unknown.stderr)")
    }

    @Test(.timeLimit(.minutes(3)))
    func theTemplateOpensInOpenpyxlAndLibreOffice() throws {
        let dir = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("template.xlsx").path
        let r = try socioeco("template", "-o", path)
        #expect(r.status == 0, "\(r.stderr)")
        let read = try run("/usr/bin/env", ["python3", XLSXFixtures.script, "openpyxl-read", path])
        #expect(read.status == 0, "\(read.stderr)")
        let sheets = try #require(try JSONSerialization.jsonObject(with: Data(read.stdout.utf8)) as? [[String: Any]])
        #expect(sheets.map { $0["name"] as? String } == ["5W", "Lists"])
        #expect(sheets[0]["freeze"] as? String == "A3", "header and hashtag rows frozen")
        let validations = try #require(sheets[0]["validations"] as? [[Any]])
        #expect(validations.count == 5)
        #expect(validations.allSatisfy { ($0[1] as? String) == "list" && (($0[2] as? String) ?? "").contains("Lists") })
        let rows = try #require(sheets[0]["rows"] as? [[String]])
        #expect(rows.count == 2 && rows[1].first == "#activity+id")

        let soffice = try #require(Paths.tool("soffice"), "LibreOffice is installed by scripts/install-peers.sh")
        let profile = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: profile) }
        let converted = try run("/usr/bin/timeout", ["150", soffice, "-env:UserInstallation=file://\(profile.path)", "--headless",
                                                     "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", dir.path, path])
        #expect(converted.status == 0, "\(converted.stderr)")
        let csv = try String(contentsOfFile: dir.appendingPathComponent("template.csv").path, encoding: .utf8)
        #expect(csv.hasPrefix("\"Intervention ID\",\"Activity code\","))
        #expect(csv.contains("\"#activity+id\",\"#activity+code\",\"#activity+name\""))
    }

    /// The cells of a small CSV, through our own reader.
    func readCSV(_ path: String) throws -> [[String]]? {
        var source = try CSVRowSource(path: path)
        var rows: [[String]] = []
        while let row = try source.nextRow() {
            var cells = [String](repeating: "", count: row.cells.last?.column ?? 0)
            for c in row.cells { cells[c.column - 1] = c.value.text }
            rows.append(cells)
        }
        return rows
    }
}

/// Workbooks other programs write, imported to the programme the CSV gives.
@Suite struct ForeignWorkbookImportTests {
    let csv = Paths.model("sheets/cox-bazar-5w.csv")
    let codes = Paths.model("sheets/cp-activity-codes.csv")
    let expected = Paths.model("sheets/cox-bazar-5w.xml")

    func imported(_ xlsx: String) throws -> RunResult {
        try socioeco("import", xlsx, "--codes", codes, "--id", "cox-bazar-5w", "--title", "Cox's Bazar child protection 5W, 2024")
    }

    @Test func aWorkbookTypedInByOpenpyxlWithDateAndNumberCells() throws {
        let dir = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let xlsx = dir.appendingPathComponent("5w.xlsx").path
        let made = try run("/usr/bin/env", ["python3", XLSXFixtures.script, "typed-5w", csv, xlsx])
        #expect(made.status == 0, "\(made.stderr)")
        let r = try imported(xlsx)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == (try String(contentsOfFile: expected, encoding: .utf8)))
    }

    @Test(.timeLimit(.minutes(3)))
    func aWorkbookLibreOfficeMadeFromTheCSV() throws {
        let soffice = try #require(Paths.tool("soffice"), "LibreOffice is installed by scripts/install-peers.sh")
        let dir = Paths.temporaryDirectory()
        let profile = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir); try? FileManager.default.removeItem(at: profile) }
        let converted = try run("/usr/bin/timeout", ["150", soffice, "-env:UserInstallation=file://\(profile.path)", "--headless",
                                                     "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", dir.path, csv])
        #expect(converted.status == 0, "\(converted.stderr)")
        let r = try imported(dir.appendingPathComponent("cox-bazar-5w.xlsx").path)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == (try String(contentsOfFile: expected, encoding: .utf8)))
    }
}
