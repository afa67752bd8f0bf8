import SocioEcoAnalysis
import SocioEcoFormats
import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// Standard 14 is the approach: every output shows it met or not met, never unused.
@Suite struct ApproachDisplayTests {
    func earthquake() throws -> AnalysedProgramme {
        AnalysedProgramme(try ProgrammeReader().read(contentsOf: Paths.model("earthquake-response.xml")))
    }

    @Test func everyOutputSaysNotMetWithTheUncoveredLevel() throws {
        let analysed = try earthquake()
        #expect(analysed.analysis.approach.status == "not met (uncovered: society)")
        #expect(!analysed.analysis.findings.contains { $0.subject == .standard("14") })
        let text = CoverageReportTextEncoder().encode(analysed)
        #expect(text.contains("the approach, met by working at every level: not met (uncovered: society)"))
        let dot = DOTEncoder().encode(analysed)
        #expect(dot.contains("programming\\nnot met (uncovered: society)\""))
        #expect(!dot.contains("no intervention implements: 14"))
        let html = HTMLReportEncoder().encode(analysed)
        #expect(html.contains("<span class=\"gap\">not met (uncovered: society)</span>"))
        #expect(html.contains("(not met (uncovered: society))"))
        let svg = RingDiagramEncoder().encode(analysed)
        #expect(svg.contains("not met (uncovered: society)"))
    }

    @Test func aCustomFrameworksApproachIsMet() throws {
        let sahel = AnalysedProgramme(try ProgrammeReader().read(contentsOf: Paths.model("sahel-custom-framework.xml")))
        #expect(sahel.programme.framework.approachStandard?.id == "st-all-levels")
        #expect(!sahel.analysis.findings.contains { $0.subject == .standard("st-all-levels") })
        #expect(CoverageReportTextEncoder().encode(sahel).contains("the approach, met by working at every level: met"))
        #expect(ProgrammeWriter().encode(sahel.programme).contains("approach=\"true\">Working at every level"))
    }
}
