import SocioEcoAnalysis
import SocioEcoModel
import Testing

@Suite struct MissingIndicatorRuleTests {
    @Test func interventionsWithoutAnIndicator() {
        let p = FindingFixtures.programme([
            Intervention(id: "a", title: "A", levels: ["child"]),
            Intervention(id: "b", title: "B", levels: ["child"], indicators: [Indicator(id: "n", text: "N")]),
            Intervention(id: "c", title: "C", levels: ["child"]),
            Intervention(id: "d", title: "D", levels: ["child"]),
        ])
        expectFindings(p, code: .missingIndicator, [
            ExpectedFinding(subject: .intervention("a"), message: "Intervention a has no indicator, so its progress cannot be measured. Add at least one."),
            ExpectedFinding(subject: .intervention("c"), message: "Intervention c has no indicator, so its progress cannot be measured. Add at least one."),
            ExpectedFinding(subject: .intervention("d"), message: "Intervention d has no indicator, so its progress cannot be measured. Add at least one."),
        ])
        #expect(CoverageAnalysis(programme: p).findingGroups.first { $0.code == .missingIndicator }?.message
            == "3 interventions have no indicator, so their progress cannot be measured. Add at least one to each.")
    }
}
