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
            ExpectedFinding(subject: .intervention("a"), message: "Intervention “A” (a) has no indicator, so nobody can tell whether it is working. Add at least one indicator."),
            ExpectedFinding(subject: .intervention("c"), message: "Intervention “C” (c) has no indicator, so nobody can tell whether it is working. Add at least one indicator."),
            ExpectedFinding(subject: .intervention("d"), message: "Intervention “D” (d) has no indicator, so nobody can tell whether it is working. Add at least one indicator."),
        ])
        #expect(CoverageAnalysis(programme: p).findingGroups.first { $0.code == .missingIndicator }?.message
            == "3 interventions have no indicator, so nobody can tell whether they are working. Add at least one indicator to each.")
    }
}
