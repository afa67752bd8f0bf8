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
                message: "No intervention puts standard 19 (Alternative care) into practice. If the response needs it, plan an intervention or link an existing one to it; if not, record why."),
            ExpectedFinding(subject: .standard("20"),
                message: "No intervention puts standard 20 (Justice for children) into practice. If the response needs it, plan an intervention or link an existing one to it; if not, record why."),
        ])
    }

    @Test func anUntitledStandardIsNamedByItsId() {
        let p = FindingFixtures.custom([Intervention(id: "a", title: "A", levels: ["inner"])])
        expectFindings(p, code: .strategyUnused, [
            ExpectedFinding(subject: .standard("s1"),
                message: "No intervention puts standard s1 into practice. If the response needs it, plan an intervention or link an existing one to it; if not, record why."),
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
                message: "Standard 15 (Group activities for child well-being) mainly works at the child level (Child), but every intervention linked to it works elsewhere. Check that these interventions are linked to the right standard, or add work at those levels."),
            ExpectedFinding(subject: .standard("18"),
                message: "Standard 18 (Case management) mainly works at the child level (Child) and the family level (Family and caregivers), but every intervention linked to it works elsewhere. Check that these interventions are linked to the right standard, or add work at those levels."),
        ])
    }

    @Test func interventionsWithoutAStrategy() {
        let p = FindingFixtures.programme([
            Intervention(id: "a", title: "A", levels: ["child"], standards: ["7", "99"]),
            Intervention(id: "b", title: "B", levels: ["child"], standards: ["15"]),
            Intervention(id: "c", title: "C", levels: ["child"]),
        ])
        expectFindings(p, code: .interventionWithoutStrategy, [
            ExpectedFinding(subject: .intervention("a"), message: "Intervention “A” (a) names no strategy standard, so no strategy counts it. Add the standard it puts into practice."),
            ExpectedFinding(subject: .intervention("c"), message: "Intervention “C” (c) names no strategy standard, so no strategy counts it. Add the standard it puts into practice."),
        ])
        #expect(FindingGroup.grouping(CoverageAnalysis(programme: p).findings, threshold: 2)
            .first { $0.code == .interventionWithoutStrategy }?.message
            == "2 interventions name no strategy standard, so no strategy counts them. Add the standard each one puts into practice.")
    }
}
