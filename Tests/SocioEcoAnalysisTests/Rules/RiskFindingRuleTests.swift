import SocioEcoAnalysis
import SocioEcoModel
import Testing

@Suite struct RiskFindingRuleTests {
    @Test func risksAddressedAtOneLevelOnly() {
        let p = FindingFixtures.programme([
            Intervention(id: "a", title: "A", levels: ["child"], standards: ["7", "8"]),
            Intervention(id: "b", title: "B", levels: ["family"], standards: ["8"]),
        ])
        expectFindings(p, code: .riskSingleLevel, [
            ExpectedFinding(subject: .standard("7"),
                message: "Standard 7 (Dangers and injuries) is addressed only at the child level (Child). A risk is reduced best by work at several levels at once: consider adding work on it at another level."),
        ])
    }

    @Test func aCustomRisk() {
        let p = FindingFixtures.custom([Intervention(id: "a", title: "A", levels: ["outer"], standards: ["r1"])])
        expectFindings(p, code: .riskSingleLevel, [
            ExpectedFinding(subject: .standard("r1"),
                message: "Standard r1 is addressed only at the outer level (Outer ring). A risk is reduced best by work at several levels at once: consider adding work on it at another level."),
        ])
    }
}
