import Foundation
import SocioEcoAnalysis
import SocioEcoFormats
import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// Reports of generated programmes with hostile free text, checked by real peers.
@Suite struct ReportSchemaPropertyTests {
    static let seeds = UInt64(1000)..<1220

    @Test func xmlReportsValidateWithXmllint() throws {
        let xmllint = try #require(Paths.tool("xmllint"), "install libxml2-utils (scripts/install-peers.sh)")
        let dir = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var files: [String] = []
        for seed in Self.seeds {
            var g = ProgrammeGenerator(seed: seed)
            let report = CoverageReportXMLEncoder().encode(CoverageAnalysis(programme: g.programme()))
            let path = dir.appendingPathComponent("report-\(seed).xml").path
            try Data(report.utf8).write(to: URL(fileURLWithPath: path))
            files.append(path)
        }
        let schema = Paths.packageRoot.appendingPathComponent("Schemas/coverage-report.xsd").path
        let r = try run(xmllint, ["--noout", "--schema", schema] + files)
        #expect(r.status == 0, "\(r.stderr.prefix(2000))")
    }

    @Test func jsonReportsParseAndKeepFreeText() throws {
        for seed in Self.seeds {
            var g = ProgrammeGenerator(seed: seed)
            let p = g.programme()
            let a = CoverageAnalysis(programme: p)
            let json = CoverageReportJSONEncoder().encode(a)
            let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
            let programme = object?["programme"] as? [String: Any]
            #expect(programme?["title"] as? String == p.title, "seed \(seed)")
            #expect((object?["findings"] as? [Any])?.count == a.findings.count, "seed \(seed)")
            #expect(json == CoverageReportJSONEncoder().encode(a))
        }
    }

    @Test func textReportsFitTheWidthAndHoldNoControlCharacters() {
        for seed in Self.seeds {
            var g = ProgrammeGenerator(seed: seed)
            let text = CoverageReportTextRenderer().render(CoverageAnalysis(programme: g.programme()))
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                #expect(TerminalText.displayWidth(String(line)) <= 80, "seed \(seed): \(line)")
                #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }, "seed \(seed)")
            }
        }
    }
}
