import Foundation
import SocioEcoFormats
import SocioEcoTestSupport
import Testing

/// The validate, catalog, schema and fmt commands through the real binary.
@Suite("Commands")
struct CommandTests {
    func copy(_ source: String, to name: String) throws -> String {
        let path = Paths.temporaryDirectory().appendingPathComponent(name).path
        try FileManager.default.copyItem(atPath: source, toPath: path)
        return path
    }

    func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    // MARK: validate

    @Test("validate: one summary line per file, exit 0 when all are valid")
    func validateValid() throws {
        let models = Paths.allModels
        let r = try run(Paths.binary, ["validate"] + models)
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == models.count)
        let sahel = try #require(lines.first { $0.contains("sahel-custom-framework.xml") })
        #expect(sahel.hasSuffix(": valid, 11 interventions, 12 agencies, framework sahel-cp-framework-2023"))
        #expect(try socioeco("validate", "--quiet", Paths.model("earthquake-response.xml")).stdout.isEmpty)
    }

    @Test("validate: exit 65 for an invalid file, 66 for a missing one, and 66 when both")
    func validateStatuses() throws {
        let invalid = Paths.fixture("schema-invalid/bad-boolean.xml")
        let missing = Paths.temporaryDirectory().appendingPathComponent("absent.xml").path
        let valid = Paths.model("earthquake-response.xml")

        let bad = try socioeco("validate", valid, invalid)
        #expect(bad.status == 65)
        #expect(bad.stdout.contains("\(invalid): invalid, 1 problem\n"))

        let gone = try socioeco("validate", missing)
        #expect(gone.status == 66)
        #expect(gone.stdout == "\(missing): unreadable\n")
        #expect(gone.stderr == "\(missing): error: no such file\n")

        let mixed = try socioeco("validate", invalid, missing, valid)
        #expect(mixed.status == 66)
        #expect(mixed.stdout.split(separator: "\n").count == 3)

        let folder = try socioeco("validate", Paths.fixture("schema-valid"))
        #expect(folder.status == 66)
        #expect(try socioeco("validate").status == 64)
    }

    // MARK: catalog

    @Test("catalog: the built-in framework, 4 levels and 28 standards, strategies marked")
    func catalogBuiltIn() throws {
        let r = try socioeco("catalog")
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "Framework cpms-2019")
        for (rank, id) in ["child", "family", "community", "society"].enumerated() {
            #expect(lines.contains { $0.hasPrefix("  \(rank + 1)  \(id)") })
        }
        let standards = lines.filter { $0.range(of: #"^  [* ] +[0-9]+  "#, options: .regularExpression) != nil }
        #expect(standards.count == 28)
        let strategies = standards.filter { $0.hasPrefix("  *") }
        #expect(strategies.count == 7)
        #expect(strategies.allSatisfy { line in (14...20).contains { line.contains(" \($0)  ") } })
        #expect(lines.contains { $0.hasPrefix("  * 14  Applying a socio-ecological approach") && $0.hasSuffix("[child family community society]") })
    }

    @Test("catalog FILE: the custom framework of that file")
    func catalogCustom() throws {
        let r = try socioeco("catalog", Paths.model("sahel-custom-framework.xml"))
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("Framework sahel-cp-framework-2023\n"))
        #expect(r.stdout.contains("  4  local-authorities  Communes, departmental services and courts\n"))
        #expect(r.stdout.contains("  *       st-policy  Child protection law, policy and budget  [national-policy]\n"))
        #expect(!r.stdout.contains("Coordination\n"))
        #expect(try socioeco("catalog", Paths.fixture("schema-invalid/bad-boolean.xml")).status == 65)
    }

    // MARK: schema

    @Test("schema prints each file of Schemas/ byte for byte, the programme's by default")
    func schema() throws {
        let r = try socioeco("schema")
        #expect(r.status == 0)
        let shipped = try bytes(Paths.packageRoot.appendingPathComponent("Schemas/programme.xsd").path)
        #expect(Data(r.stdout.utf8) == shipped)
        let files = try FileManager.default.contentsOfDirectory(atPath: Paths.packageRoot.appendingPathComponent("Schemas").path)
        #expect(Set(files.filter { $0.hasSuffix(".xsd") }) == Set(ShippedSchema.allCases.map(\.fileName)))
        for schema in ShippedSchema.allCases {
            let printed = try socioeco("schema", schema.rawValue)
            #expect(printed.status == 0)
            #expect(Data(printed.stdout.utf8) == (try bytes(Paths.packageRoot.appendingPathComponent("Schemas/\(schema.fileName)").path)))
        }
        #expect(try socioeco("schema", "report-of-everything").status == 64)
    }

    // MARK: fmt

    @Test("fmt --check: exit 0 on canonical files, 1 on a reindented one, nothing written")
    func fmtCheck() throws {
        #expect(try run(Paths.binary, ["fmt", "--check"] + Paths.allModels).status == 0)
        let path = try copy(Paths.model("cholera-epidemic-response.xml"), to: "reindented.xml")
        let reindented = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "\n  ", with: "\n    ")
        try reindented.write(toFile: path, atomically: true, encoding: .utf8)
        let r = try socioeco("fmt", "--check", path)
        #expect(r.status == 1)
        #expect(r.stdout == "\(path): not in canonical form\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == reindented)
    }

    @Test("fmt rewrites to the canonical bytes and leaves no temporary file")
    func fmtRewrites() throws {
        let model = Paths.model("sahel-custom-framework.xml")
        let path = try copy(model, to: "sahel.xml")
        let original = try String(contentsOfFile: path, encoding: .utf8)
        try original.replacingOccurrences(of: "\n  ", with: "\n\t").write(toFile: path, atomically: true, encoding: .utf8)
        let r = try socioeco("fmt", path)
        #expect(r.status == 0)
        #expect(r.stdout == "\(path): rewritten\n")
        #expect(try bytes(path) == bytes(model))
        let left = try FileManager.default.contentsOfDirectory(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path)
        #expect(left == ["sahel.xml"])
        // Canonical already: nothing to do, nothing said.
        let again = try socioeco("fmt", path)
        #expect(again.status == 0 && again.stdout.isEmpty)
    }

    @Test("fmt leaves an invalid file untouched, byte for byte")
    func fmtInvalid() throws {
        let path = try copy(Paths.fixture("invalid/ten-errors.xml"), to: "ten.xml")
        let before = try bytes(path)
        let r = try socioeco("fmt", path)
        #expect(r.status == 65)
        #expect(try bytes(path) == before)
        let left = try FileManager.default.contentsOfDirectory(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path)
        #expect(!left.contains { $0.hasPrefix(".socioeco-tmp-") })
    }

    // MARK: help

    @Test("--help of every command exits 0 and names its arguments", arguments: [
        ("validate", ["<files> ...", "--quiet"]),
        ("catalog", ["[<file>]"]),
        ("schema", ["xmllint"]),
        ("fmt", ["<files> ...", "--check"]),
    ])
    func help(command: String, mentions: [String]) throws {
        let r = try socioeco(command, "--help")
        #expect(r.status == 0)
        for word in mentions { #expect(r.stdout.contains(word), "\(command): \(word)") }
        let top = try socioeco("--help")
        #expect(top.status == 0 && top.stdout.contains(command))
    }
}
