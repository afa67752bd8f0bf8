import Foundation
import SocioEcoAnalysis
import SocioEcoFormats
import SocioEcoModel
import SocioEcoTestSupport
import Testing

@Suite struct HTMLReportEncoderTests {
    /// 50 generated models with hostile free text: the report and the diagram are
    /// well-formed XML, the report parses as HTML, and no markup from a title survives.
    @Test func generatedModelsGiveWellFormedOutput() throws {
        var files: [(String, String)] = []
        for seed in 0..<50 {
            var generator = ProgrammeGenerator(seed: UInt64(seed), maximumInterventions: seed < 45 ? 30 : 300)
            var programme = generator.programme()
            if seed % 3 == 0 { programme.title = "<script>alert(1)</script> مرحبا শিশু" }
            let html = HTMLReportEncoder().encode(AnalysedProgramme(programme))
            let svg = RingDiagramEncoder().encode(AnalysedProgramme(programme))
            #expect(!html.contains("<script"), "seed \(seed)")
            #expect(!svg.contains("<script"), "seed \(seed)")
            #expect(html == HTMLReportEncoder().encode(AnalysedProgramme(programme)), "seed \(seed)")
            files.append(("m\(seed).html", html))
            files.append(("m\(seed).svg", svg))
        }
        let paths = try ReportChecks.write(files)
        #expect(try ReportChecks.xmlProblems(paths) == "")
        #expect(try ReportChecks.htmlProblems(paths.filter { $0.hasSuffix(".html") }) == [])
    }

    @Test func holesAreMarkedInWords() {
        let programme = Programme(id: "p", title: "T", interventions: [
            Intervention(id: "a", title: "A", levels: ["child"], standards: ["15"]),
        ])
        let html = HTMLReportEncoder().encode(AnalysedProgramme(programme))
        #expect(html.contains("<td class=\"heat0\">none</td>"))
        #expect(html.contains("<span dir=\"auto\">Society and socio-cultural norms</span><span class=\"gap\">no intervention</span>"))
        #expect(html.contains("<td class=\"heat1\">1</td>"))
        #expect(html.contains("Errors: gaps in the protection children get (3)"))
        #expect(html.contains("<span class=\"code\">uncovered-level</span>"))
    }

    @Test func isSelfContainedAndPrintable() {
        var generator = ProgrammeGenerator(seed: 11)
        let html = HTMLReportEncoder().encode(AnalysedProgramme(generator.programme()))
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\""))
        #expect(html.contains("<meta charset=\"utf-8\"/>"))
        #expect(html.contains("@page { size: A4;"))
        #expect(html.contains("break-inside: avoid"))
        for forbidden in ["http://", "https://", "<script", "<link", "@import", "url(http", "src="] {
            let rest = html.replacingOccurrences(of: "http://www.w3.org/1999/xhtml", with: "")
                .replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "")
            #expect(!rest.contains(forbidden), "\(forbidden)")
        }
    }
}
