import SocioEcoAnalysis
import SocioEcoFormats
import SocioEcoModel
import Testing

/// The reports for people show a long run of one finding as one entry naming every
/// intervention; the reports for tools keep each finding.
@Suite struct GroupedFindingsTests {
    /// Twelve interventions at every level, none with an indicator, two of them with an
    /// identifier long enough to need a line of its own.
    func programme() -> Programme {
        let long = String(repeating: "x", count: 64)
        let ids = (1...10).map { "iv-\($0)" } + [long, long.dropLast() + "y"]
        return Programme(id: "p", title: "T", interventions: ids.map {
            Intervention(id: Intervention.ID(String($0)), title: "A", levels: ["child", "family", "community", "society"], standards: ["15"])
        })
    }

    @Test func textNamesEveryInterventionOnceUnderOneHeading() {
        let analysed = AnalysedProgramme(programme())
        let analysis = analysed.analysis
        #expect(analysis.findings.count { $0.code == .missingIndicator } == 12)
        let text = CoverageReportTextEncoder().encode(analysed)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count { $0.contains("missing-indicator") } == 1)
        #expect(lines.contains { $0 == "  info    missing-indicator 12 interventions" })
        #expect(text.contains("12 interventions have no indicator"))
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        for id in programme().interventions.map(\.id.rawValue) {
            #expect(words.count { $0 == id } == 1, "\(id)")
        }
        #expect(lines.allSatisfy { $0.count <= 80 })
        let info = analysis.findings.count { $0.severity == .info }
        #expect(text.contains("Findings: 0 errors, 5 warnings, \(info) info"))
    }

    @Test func htmlNamesEveryInterventionInOneItem() {
        let html = HTMLReportEncoder().encode(AnalysedProgramme(programme()))
        let items = html.components(separatedBy: "<li><span class=\"code\">missing-indicator</span>")
        #expect(items.count == 2)
        let item = items.last.map { String($0.prefix { $0 != "\n" }) } ?? ""
        for id in programme().interventions.map(\.id.rawValue) {
            #expect(item.contains(id), "\(id)")
        }
        let info = CoverageAnalysis(programme: programme()).findings.count { $0.severity == .info }
        #expect(html.contains("For information: worth a look (\(info))"))
    }

    @Test func toolReportsKeepEveryFinding() {
        let analysed = AnalysedProgramme(programme())
        let xml = CoverageReportXMLEncoder().encode(analysed)
        #expect(xml.components(separatedBy: "code=\"missing-indicator\"").count == 13)
        let json = CoverageReportJSONEncoder().encode(analysed)
        #expect(json.components(separatedBy: "\"missing-indicator\"").count == 13)
    }
}
