import SocioEcoAnalysis
import SocioEcoModel
import Testing

/// Findings about strategy standards: unused, used off their main levels, and
/// interventions without one.
@Suite struct StrategyFindingRuleTests {
    @Test func unusedStrategies() {
        let p = FindingFixtures.programme([Intervention(id: "a", title: "A", levels: ["child"], standards: ["14", "15", "16", "17", "18"])])
        expectFindings(p, code: .strategyUnused, [
            ExpectedFinding(subject: .standard("19"),
                message: "No intervention puts standard 19 (Alternative care) into practice. Link an intervention to it, or record why the strategy is not needed here."),
            ExpectedFinding(subject: .standard("20"),
                message: "No intervention puts standard 20 (Justice for children) into practice. Link an intervention to it, or record why the strategy is not needed here."),
        ])
    }

    @Test func anUntitledStandardIsNamedByItsId() {
        let p = FindingFixtures.custom([Intervention(id: "a", title: "A", levels: ["inner"])])
        expectFindings(p, code: .strategyUnused, [
            ExpectedFinding(subject: .standard("s1"),
                message: "No intervention puts standard s1 into practice. Link an intervention to it, or record why the strategy is not needed here."),
        ])
    }

    @Test func strategiesOffTheirMainLevels() {
        let p = FindingFixtures.programme([
            Intervention(id: "a", title: "A", levels: ["society"], standards: ["15", "18"]),
            Intervention(id: "b", title: "B", levels: ["community"], standards: ["15", "16"]),
            Intervention(id: "c", title: "C", levels: ["family"], standards: ["16"]),
        ])
        expectFindings(p, code: .strategyOffLevel, [
            ExpectedFinding(subject: .standard("15"),
                message: "Every intervention linked to standard 15 (Group activities for child well-being) works outside its main levels (the child level (Child)). Check that the strategy fits these interventions."),
            ExpectedFinding(subject: .standard("18"),
                message: "Every intervention linked to standard 18 (Case management) works outside its main levels (the child level (Child) and the family level (Family and caregivers)). Check that the strategy fits these interventions."),
        ])
    }

    @Test func interventionsWithoutAStrategy() {
        let p = FindingFixtures.programme([
            Intervention(id: "a", title: "A", levels: ["child"], standards: ["7", "99"]),
            Intervention(id: "b", title: "B", levels: ["child"], standards: ["15"]),
            Intervention(id: "c", title: "C", levels: ["child"]),
        ])
        expectFindings(p, code: .interventionWithoutStrategy, [
            ExpectedFinding(subject: .intervention("a"), message: "Intervention a is linked to no strategy standard. Say which strategy it implements."),
            ExpectedFinding(subject: .intervention("c"), message: "Intervention c is linked to no strategy standard. Say which strategy it implements."),
        ])
        #expect(FindingGroup.grouping(CoverageAnalysis(programme: p).findings, threshold: 2)
            .first { $0.code == .interventionWithoutStrategy }?.message
            == "2 interventions are linked to no strategy standard. Say which strategy each implements.")
    }
}
