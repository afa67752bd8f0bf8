import Foundation
import SocioEcoFormats
import SocioEcoTestSupport
import Testing

/// `import`, `export csv` and `template` through the real binary.
@Suite struct ImportCommandTests {
    let sheet = Paths.model("sheets/cox-bazar-5w.csv")
    let codes = Paths.model("sheets/cp-activity-codes.csv")

    func write(_ text: String, _ name: String = "5w.csv") -> (dir: URL, path: String) {
        let dir = Paths.temporaryDirectory()
        let path = dir.appendingPathComponent(name).path
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return (dir, path)
    }

    @Test func theExample5WImportsToTheShippedProgramme() throws {
        let r = try socioeco("import", sheet, "--codes", codes, "--id", "cox-bazar-5w", "--title", "Cox's Bazar child protection 5W, 2024")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.isEmpty)
        let expected = try String(contentsOfFile: Paths.model("sheets/cox-bazar-5w.xml"), encoding: .utf8)
        #expect(r.stdout == expected)
        #expect(r.stdout.contains("<place id=\"BD202290\" name=\"Teknaf upazila\" pcode=\"BD202290\" admin-level=\"3\" parent=\"BD2022\"/>"))
        #expect(r.stdout.contains("<sheet:column header=\"Budget (USD)\" hashtag=\"#value+budget+usd\">420000</sheet:column>"))
    }

    @Test func exportGivesTheCarriedColumnsBackAndImportsAgainToTheSame() throws {
        let dir = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = dir.appendingPathComponent("again.csv").path
        let model = Paths.model("sheets/cox-bazar-5w.xml")
        let r = try socioeco("export", "csv", model, "-o", csv)
        #expect(r.status == 0, "\(r.stderr)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: csv))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "UTF-8 with a byte-order mark, for Excel")
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("Intervention ID,Activity code,"))
        #expect(text.contains("Budget (USD),Donor") && text.contains("#value+budget+usd,#org+funder+name"))
        let back = try socioeco("import", csv, "--id", "cox-bazar-5w", "--title", "Cox's Bazar child protection 5W, 2024")
        #expect(back.status == 0, "\(back.stderr)")
        #expect(back.stdout == (try String(contentsOfFile: model, encoding: .utf8)))
    }

    @Test func everyProblemAtItsCellAndNothingWritten() throws {
        let (dir, path) = write("""
            Intervention ID,Activity,Levels,Status,Start date
            #activity+id,#activity+name,#activity+level,#status,#date+start
            a,Spaces,comunity,ongoing,2024-01-01
            b,Clubs,child,finishd,2024-02-30

            """)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out.xml").path
        let r = try socioeco("import", path, "-o", out)
        #expect(r.status == 65)
        #expect(r.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: out))
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(r.stderr)")
        #expect(lines.contains { $0.hasPrefix("\(path):3:3: error: level 'comunity' is not a level of framework cpms-2019; did you mean 'community'?") })
        #expect(lines.contains { $0.hasPrefix("\(path):4:4: error: status 'finishd' is not one this tool knows; did you mean 'finished'?") })
        #expect(lines.contains { $0.hasPrefix("\(path):4:5: error: '2024-02-30' is not a date") })
    }

    @Test func aSheetWrongOnEveryRowListsTheFirstThousandAndCountsTheRest() throws {
        var text = "Intervention ID,Activity,Levels\n#activity+id,#activity+name,#activity+level\n"
        for i in 0..<1_200 { text += "i\(i),Spaces,comunity\n" }
        let (dir, path) = write(text)
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try socioeco("import", path)
        #expect(r.status == 65)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 1_001)
        #expect(lines.last?.hasSuffix("200 more problems not listed: this tool lists the first 1000; fix these and import again") == true,
                "\(lines.last ?? "")")
    }

    @Test func aBrokenQuoteIsLocatedAndAMissingFileIs66() throws {
        let (dir, path) = write("Intervention ID,Activity\n#activity+id,#activity+name\na,\"Spaces\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try socioeco("import", path)
        #expect(r.status == 65)
        #expect(r.stderr.hasPrefix("\(path):3:2: error: the quoted cell that starts here is never closed"))
        #expect(try socioeco("import", dir.appendingPathComponent("none.csv").path).status == 66)
        let codes = try socioeco("import", path, "--codes", dir.appendingPathComponent("none.csv").path)
        #expect(codes.status == 66)
    }

    @Test func templateAsCSVIsTheHeaderAndHashtagRows() throws {
        let dir = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("template.csv").path
        let r = try socioeco("template", "-o", path)
        #expect(r.status == 0, "\(r.stderr)")
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)).dropFirst(3), as: UTF8.self)
        let lines = text.split(separator: "\r\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines[1].hasPrefix("#activity+id,#activity+code,#activity+name"))
        let sheets = FiveWTemplate.sheets()
        #expect(sheets.map(\.name) == ["5W", "Lists"])
        #expect(sheets[0].frozenRows == 2 && sheets[0].validations.count == 5)
        #expect(sheets[1].rows.count == 2 + 28, "the 28 standards are the longest list")
    }
}
