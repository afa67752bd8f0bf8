import Foundation
import SocioEcoFormats
import SocioEcoTestSupport
import Testing

/// Three workbooks as coordination offices published them (Tests/Fixtures/sheets/real),
/// each imported with the map and codes table shipped in Models/sheets, through the
/// real binary: a valid programme with its places and p-codes, every row accounted for.
@Suite struct RealWorkbookTests {
    static func workbook(_ name: String) -> String { Paths.fixture("sheets/real/\(name)") }
    static let drc = workbook("extrait_mai_2025.xlsx")
    static let chad = workbook("3w_tcd_avr2025.xlsx")
    static let somalia = workbook("3w_operational_presence_dataset_january_april_2025.xlsx")

    /// The French 5W as the README's coordinator section imports it.
    static let drcArguments = [
        drc, "--map", Paths.model("sheets/drc-5w-map.csv"), "--codes", Paths.model("sheets/drc-5w-cp-projects.csv"),
        "--where", "#sector+cluster=Protection: Protection de l'enfant", "--key", "#activity+id,#org+acronym",
    ]

    func importing(_ arguments: [String], to dir: URL) throws -> (RunResult, String) {
        let out = dir.appendingPathComponent("programme.xml").path
        let r = try run(Paths.binary, ["import"] + arguments + ["--id", "p", "--title", "5W", "-o", out])
        return (r, out)
    }

    /// The counts the summary ends with: rows read, filtered, skipped, used, interventions, places.
    func counts(_ stderr: String) -> [Int]? {
        guard let line = stderr.split(separator: "\n").last(where: { $0.contains(" rows read, ") }) else { return nil }
        let tail = line[line.range(of: ": ", options: .backwards)!.upperBound...]
        return tail.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
    }

    @Test func theFrench5WInspectedShowsEachColumnAndWhereItsHashtagCameFrom() throws {
        let r = try run(Paths.binary, ["import"] + Self.drcArguments + ["--skip-incomplete", "--inspect"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
        #expect(lines.first?.hasSuffix("extrait_mai_2025.xlsx, sheet 'Data'") == true)
        #expect(lines.contains("header row 1, no hashtag row, data from row 2"))
        #expect(lines.filter { $0.range(of: #"^[A-Z]{1,2} "#, options: .regularExpression) != nil }.count == 39, "\(r.stdout)")
        #expect(lines.contains("AF Code Terrtoire #adm2+code map Admin 2 P-code"))
        #expect(lines.contains("A TYPE PROJET #activity+type map carried"), "the header's first line, not its instructions")
        #expect(lines.contains("AB ID_Projet #activity+id map Intervention ID"))
        #expect(lines.contains("D MODALITE(S) CASH dans le projet none carried"))
        #expect(lines.contains("4343 rows read, 3090 filtered out by --where, 78 skipped as incomplete, 1175 grouped into 72 interventions at 108 places"))
        #expect(lines.contains("no problems: the import would write the programme"))
        #expect(r.stderr.isEmpty)
    }

    @Test func theFrench5WImportsToAValidProgrammeWithEveryRowAccountedFor() throws {
        let dir = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (r, out) = try importing(Self.drcArguments + ["--skip-incomplete"], to: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let c = try #require(counts(r.stderr), "\(r.stderr)")
        #expect(c == [4343, 3090, 78, 1175, 72, 108])
        #expect(c[0] == c[1] + c[2] + c[3], "every row read is filtered, skipped or imported")
        let skipped = r.stderr.split(separator: "\n").filter { $0.contains(": note: skipped: ") }
        #expect(skipped.count == 78)
        #expect(skipped.filter { $0.contains("has no '#activity+id' ('ID_Projet')") }.count == 76, "rows without a project id")
        #expect(skipped.filter { $0.contains("ends (2025-06-30) before it starts (2025-07-01)") }.count == 2)
        #expect(r.stderr.contains("extrait_mai_2025.xlsx:Data!AB1073: note: skipped: the row has no '#activity+id'"))
        #expect(r.stderr.contains("note: the rows of intervention 'Projet_197-ACOPE' give different dates; it runs from the earliest start to the latest end (2025-02-18 to 2025-12-31)"))
        #expect(!r.stderr.contains("error:"))
        let v = try socioeco("validate", out)
        #expect(v.status == 0, "\(v.stdout)\(v.stderr)")
        let xml = try String(contentsOfFile: out, encoding: .utf8)
        #expect(xml.contains(#"<place id="CD54" name="Ituri" pcode="CD54" admin-level="1"/>"#))
        #expect(xml.contains(#"pcode="CD5402ZS02""#), "health zones keep their p-codes")
        #expect(xml.contains(#"<intervention id="Projet_252-"#), "ids made from the project id and the acronym")
        #expect(xml.contains(#"<agency id="ohav-rdc""#), "an acronym with a space makes a valid id")
        let again = try importing(Self.drcArguments + ["--skip-incomplete"], to: Paths.temporaryDirectory())
        defer { try? FileManager.default.removeItem(atPath: (again.1 as NSString).deletingLastPathComponent) }
        #expect(again.0.status == 0)
        #expect(try String(contentsOfFile: again.1, encoding: .utf8) == xml, "the same workbook gives the same programme")
    }

    @Test func withoutSkipIncompleteEachMissingIdIsAnErrorAtItsCellAndNothingIsWritten() throws {
        let dir = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (r, out) = try importing(Self.drcArguments, to: dir)
        #expect(r.status == 65)
        #expect(!FileManager.default.fileExists(atPath: out))
        let errors = r.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.count == 77, "\(r.stderr.prefix(2000))")
        #expect(errors.first?.contains("extrait_mai_2025.xlsx:Data!AB1073: error: the row has no '#activity+id' ('ID_Projet'), which identifies the intervention; fill it in, or give --skip-incomplete") == true)
        #expect(errors.contains { $0.contains("Data!I1287: error: the end date 2025-06-30 is before the start date 2025-07-01") })
    }

    @Test func withoutAMapTheMissingIdColumnIsSaidOnceAtTheHeader() throws {
        let r = try socioeco("import", Self.drc)
        #expect(r.status == 65)
        let errors = r.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.count == 1, "\(r.stderr.prefix(2000))")
        #expect(errors.first?.contains("extrait_mai_2025.xlsx:Data!1: error: no column holds the intervention id ('#activity+id')") == true)
    }

    @Test func inspectWritesNothingAndBadOptionsAreUsageErrors() throws {
        let dir = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("p.xml").path
        let refused = try socioeco("import", Self.drc, "--inspect", "-o", out)
        #expect(refused.status == 64)
        #expect(!FileManager.default.fileExists(atPath: out))
        let badWhere = try socioeco("import", Self.drc, "--where", "CLUSTER=Protection")
        #expect(badWhere.status == 64)
        #expect(badWhere.stderr.contains("--where 'CLUSTER=Protection' is not '#hashtag=value'"))
        let badKey = try socioeco("import", Self.drc, "--key", "#activity+id,ID_Projet")
        #expect(badKey.status == 64)
        let inspected = try socioeco("import", Self.drc, "--inspect")
        #expect(inspected.status == 0, "an inspection reports problems, it does not fail on them")
        #expect(inspected.stdout.contains("1 problem:\n  \(Self.drc):Data!1: error: no column holds the intervention id"))
    }

    @Test func theChad3WWithItsPartialHashtagRowAndPcodesInTitle() throws {
        let dir = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (r, out) = try importing([
            Self.chad, "--map", Paths.model("sheets/chad-3w-map.csv"), "--codes", Paths.model("sheets/chad-3w-sectors.csv"),
            "--where", "#sector=Protection", "--key", "#org+acronym",
        ], to: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(counts(r.stderr) == [1556, 1333, 0, 223, 75, 22])
        #expect(try socioeco("validate", out).status == 0)
        let xml = try String(contentsOfFile: out, encoding: .utf8)
        #expect(xml.contains(#"<place id="TD01" name="Batha" pcode="TD01" admin-level="1"/>"#))
        #expect(xml.contains(#"type="un""#) && xml.contains(#"type="red-cross-red-crescent""#) && xml.contains(#"type="government""#),
                "'Agence UN', 'Mouvement de la Croix Rouge', 'Entité Gouvernementale'")
        #expect(xml.contains("Protection presence reported in the operational 3W"), "the title from the codes table keyed on #sector")
    }

    @Test func theSomalia3WOneInterventionPerOrganisationOverFourMonths() throws {
        let dir = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (r, out) = try importing([
            Self.somalia, "--map", Paths.model("sheets/somalia-3w-map.csv"), "--codes", Paths.model("sheets/somalia-3w-sectors.csv"),
            "--where", "#sector=Child Protection", "--key", "#org+name",
        ], to: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(counts(r.stderr) == [4146, 3550, 0, 596, 57, 74])
        #expect(r.stderr.contains("note: p-code 'SO2501' ('Xudur') lies in 'Bakool' (SO25), as its p-code and earlier rows say"))
        #expect(try socioeco("validate", out).status == 0)
        let xml = try String(contentsOfFile: out, encoding: .utf8)
        #expect(xml.contains(#"pcode="SO2501" admin-level="2" parent="SO25""#))
        #expect(xml.contains(##"hashtag="#date+month""##), "each row's month is carried")
    }
}
