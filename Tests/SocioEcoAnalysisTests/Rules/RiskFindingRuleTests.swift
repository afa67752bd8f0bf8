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
                message: "The risk standard 7 (Dangers and injuries) is addressed at the child level (Child) only. Risks are best tackled at several levels at once."),
        ])
    }

    @Test func aCustomRisk() {
        let p = FindingFixtures.custom([Intervention(id: "a", title: "A", levels: ["outer"], standards: ["r1"])])
        expectFindings(p, code: .riskSingleLevel, [
            ExpectedFinding(subject: .standard("r1"),
                message: "The risk standard r1 is addressed at the outer level (Outer ring) only. Risks are best tackled at several levels at once."),
        ])
    }
}
