import Foundation
import SocioEcoAnalysis
import SocioEcoFormats
import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// Reports of generated programmes with hostile free text, checked by real peers.
@Suite struct ReportSchemaPropertyTests {
    static let seeds = UInt64(1000)..<1220

    /// Runs xmllint once on every document against `schema` (a file of Schemas/).
    func schemaProblems(_ documents: [(name: String, text: String)], schema: String) throws -> String {
        let xmllint = try #require(Paths.tool("xmllint"), "install libxml2-utils (scripts/install-peers.sh)")
        let dir = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let files = try documents.map { document in
            let path = dir.appendingPathComponent(document.name).path
            try Data(document.text.utf8).write(to: URL(fileURLWithPath: path))
            return path
        }
        let r = try run(xmllint, ["--noout", "--schema", Paths.packageRoot.appendingPathComponent("Schemas/\(schema)").path] + files)
        return r.status == 0 ? "" : String(r.stderr.prefix(2000))
    }

    @Test func xmlReportsValidateWithXmllint() throws {
        let reports = Self.seeds.map { seed in
            var g = ProgrammeGenerator(seed: seed)
            return (name: "report-\(seed).xml", text: CoverageReportXMLEncoder().encode(AnalysedProgramme(g.programme())))
        }
        #expect(try schemaProblems(reports, schema: "coverage-report.xsd") == "")
    }

    /// Diffs between unrelated generated programmes (different ids, frameworks, agencies,
    /// every field changed) and between a programme and itself, through Schemas/programme-diff.xsd.
    @Test func xmlDiffsValidateWithXmllint() throws {
        var diffs: [(name: String, text: String)] = []
        for seed in Self.seeds.prefix(120) {
            var g = ProgrammeGenerator(seed: seed, maximumInterventions: 20)
            let old = g.decorated(g.programme())
            let new = g.decorated(g.programme())
            for (i, pair) in [(old, new), (old, old)].enumerated() {
                let xml = DiffXMLEncoder().encode(NamedDiff(ProgrammeDiff(old: pair.0, new: pair.1), oldName: "old \u{1B}&<.xml", newName: "new\u{0}\".xml"))
                diffs.append((name: "diff-\(seed)-\(i).xml", text: xml))
            }
        }
        #expect(try schemaProblems(diffs, schema: "programme-diff.xsd") == "")
    }

    @Test func jsonReportsParseAndKeepFreeText() throws {
        for seed in Self.seeds {
            var g = ProgrammeGenerator(seed: seed)
            let p = g.programme()
            let a = AnalysedProgramme(p)
            let json = CoverageReportJSONEncoder().encode(a)
            let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
            #expect(object?["title"] as? String == p.title, "seed \(seed)")
            let findings = object?["findings"] as? [String: Any]
            #expect((findings?["finding"] as? [Any])?.count == a.analysis.findings.count, "seed \(seed)")
            #expect(json == CoverageReportJSONEncoder().encode(a))
        }
    }

    @Test func textReportsFitTheWidthAndHoldNoControlCharacters() {
        for seed in Self.seeds {
            var g = ProgrammeGenerator(seed: seed)
            let text = CoverageReportTextEncoder().encode(AnalysedProgramme(g.programme()))
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                #expect(TerminalText.displayWidth(String(line)) <= 80, "seed \(seed): \(line)")
                #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }, "seed \(seed)")
            }
        }
    }
}
