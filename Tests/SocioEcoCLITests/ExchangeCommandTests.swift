import Foundation
import SocioEcoFormats
import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// `socioeco merge` and `socioeco diff` through the real binary.
@Suite struct ExchangeCommandTests {
    let r1 = Paths.model("exchange/unicef-2024-r1.xml")
    let r2 = Paths.model("exchange/unicef-2024-r2.xml")
    let save = Paths.model("exchange/save-2024.xml")
    let local = Paths.model("exchange/local-ngo-2024.xml")

    func read(_ path: String) throws -> Programme { try ProgrammeReader().read(contentsOf: path) }

    @Test func jointModelCoversWhatNoSingleFileDoes() throws {
        let dir = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let joint = dir.appendingPathComponent("joint.xml").path
        let r = try socioeco("merge", r2, save, local, "-o", joint, "--id", "sindh-joint")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("[agency-conflict]") && r.stderr.contains("[intervention-renamed]"))
        let j = try read(joint)
        let parts = try [r2, save, local].map(read)
        #expect(j.id == "sindh-joint")
        #expect(j.interventions.count == parts.map(\.interventions.count).reduce(0, +))
        for p in parts {
            #expect(p.framework.levels.contains { p.interventions(at: $0.id).isEmpty }, "\(p.id) leaves a level uncovered")
        }
        #expect(j.framework.levels.allSatisfy { !j.interventions(at: $0.id).isEmpty }, "the joint model covers every level")

        let report = dir.appendingPathComponent("joint.coverage.xml").path
        #expect(try socioeco("analyze", "--format", "xml", "-o", report, joint).status == 0)
        let xsd = Paths.packageRoot.appendingPathComponent("Schemas/coverage-report.xsd").path
        let lint = try run(try #require(Paths.tool("xmllint")), ["--noout", "--schema", xsd, report])
        #expect(lint.status == 0, "\(lint.stderr)")
        #expect(try String(contentsOfFile: report, encoding: .utf8).contains("<coordination lead-agencies=\"5\">"))
        let text = try socioeco("analyze", joint)
        #expect(text.stdout.contains("Agencies per level"))
        let json = try socioeco("analyze", "--format", "json", joint)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["coordination"] is [String: Any])
        // A programme that one agency leads alone shows no coordination section.
        let single = try socioeco("analyze", "--format", "json", save)
        #expect(single.stdout.contains("\"coordination\": null"))
        #expect(!(try socioeco("analyze", save).stdout.contains("Agencies per level")))
    }

    @Test func mergeExitStatuses() throws {
        let dir = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("j.xml").path
        let frameworks = try socioeco("merge", Paths.model("earthquake-response.xml"), Paths.model("sahel-custom-framework.xml"), "-o", out)
        #expect(frameworks.status == 65 && frameworks.stderr.contains("framework"))
        #expect(!FileManager.default.fileExists(atPath: out), "nothing is written on refusal")
        #expect(try socioeco("merge", r1, "/nonexistent.xml", "-o", out).status == 66)
        #expect(try socioeco("merge", r1, Paths.fixture("schema-invalid/missing-title.xml"), "-o", out).status == 65)
        #expect(try socioeco("merge", r1, "-o", out).status == 64)
        #expect(try socioeco("merge", r1, r2, "--id", "not valid", "-o", out).status == 64)
        #expect(try socioeco("merge", r1, r2, "-o", "/nonexistent/dir/j.xml").status == 73)
        let same = try socioeco("merge", r1, r1, "-o", out)
        #expect(same.status == 0 && same.stderr.contains("[repeated-programme]"))
        #expect(try read(out).interventions.count == 2 * read(r1).interventions.count)
        let a = try socioeco("merge", r2, save, local, "-o", "-")
        let b = try socioeco("merge", r2, save, local, "-o", "-")
        #expect(a.status == 0 && a.stdout == b.stdout && a.stdout.hasPrefix("<?xml"))
    }

    @Test func diffExitStatusesAndFormats() throws {
        let same = try socioeco("diff", r1, r1)
        #expect(same.status == 0 && same.stdout.contains("The programmes are the same."))
        let text = try socioeco("diff", r1, r2)
        #expect(text.status == 1)
        #expect(text.stdout.contains("family:    2 -> 0 interventions, now uncovered"))
        #expect(text.stdout.contains("  - fts-01") && text.stdout.contains("  + cp-committees"))
        for line in text.stdout.split(separator: "\n") { #expect(TerminalText.displayWidth(String(line)) <= 80, "\(line)") }
        let xml = try socioeco("diff", "--format", "xml", r1, r2)
        #expect(xml.status == 1)
        let schema = Paths.packageRoot.appendingPathComponent("Schemas/programme-diff.xsd").path
        let lint = try run(try #require(Paths.tool("xmllint")), ["--noout", "--schema", schema, "-"], input: Data(xml.stdout.utf8))
        #expect(lint.status == 0, "\(lint.stderr)")
        #expect(xml.stdout.contains("<level id=\"family\" before=\"2\" after=\"0\" change=\"now-uncovered\"/>"))
        let json = try socioeco("diff", "--format", "json", r1, r2)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(json.status == 1 && object?["same"] as? Bool == false)
        #expect(try socioeco("diff", r1, Paths.fixture("schema-invalid/missing-title.xml")).status == 65)
        #expect(try socioeco("diff", r1, "/nonexistent.xml").status == 66)
        #expect(try socioeco("diff", "--format", "yaml", r1, r2).status == 64)
    }

    @Test(arguments: 0..<10)
    func diffOfAGeneratedFileWithItselfIsEmpty(seed: UInt64) throws {
        let dir = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var g = ProgrammeGenerator(seed: seed, maximumInterventions: 20)
        let p = g.decorated(g.programme())
        let file = dir.appendingPathComponent("p.xml").path
        try AtomicFile.write(ProgrammeWriter().encode(p), to: file)
        let copy = dir.appendingPathComponent("q.xml").path
        try AtomicFile.write(ProgrammeWriter().encode(p), to: copy)
        #expect(try socioeco("diff", file, copy).status == 0)
        let joint = dir.appendingPathComponent("j.xml").path
        let merged = try socioeco("merge", file, copy, "-o", joint)
        #expect(merged.status == 0 && merged.stderr.contains("[repeated-programme]"))
        #expect(try read(joint).interventions.count == 2 * p.interventions.count)
    }
}
