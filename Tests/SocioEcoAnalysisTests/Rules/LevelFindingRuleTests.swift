import SocioEcoAnalysis
import SocioEcoModel
import Testing

/// Findings about levels: uncovered, and without a local lead.
@Suite struct LevelFindingRuleTests {
    @Test func uncoveredLevels() {
        let p = FindingFixtures.programme([Intervention(id: "a", title: "A", levels: ["child", "family"])])
        expectFindings(p, code: .uncoveredLevel, [
            ExpectedFinding(subject: .level("community"),
                message: "Nothing in the programme works at the community level (Community), so children get no protection there. Plan at least one intervention at this level, with an agency that can lead it."),
            ExpectedFinding(subject: .level("society"),
                message: "Nothing in the programme works at the society level (Society and socio-cultural norms), so children get no protection there. Plan at least one intervention at this level, with an agency that can lead it."),
        ])
    }

    @Test func anUnlabelledLevelIsNamedByItsId() {
        let p = FindingFixtures.custom([Intervention(id: "a", title: "A", levels: ["outer"])])
        expectFindings(p, code: .uncoveredLevel, [
            ExpectedFinding(subject: .level("inner"),
                message: "Nothing in the programme works at the inner level, so children get no protection there. Plan at least one intervention at this level, with an agency that can lead it."),
        ])
    }

    @Test func coveredLevelsWithoutALocalLead() {
        let p = FindingFixtures.programme([
            Intervention(id: "a", lead: "loc", title: "A", levels: ["child"]),
            Intervention(id: "b", lead: "intl", title: "B", levels: ["child", "family"]),
        ], agencies: [Agency(id: "loc", name: "L", type: .nationalNGO, local: true), Agency(id: "intl", name: "I", type: .un)])
        expectFindings(p, code: .noLocalLead, [
            ExpectedFinding(subject: .level("family"),
                message: "No intervention at the family level (Family and caregivers) is led by a local or national organisation. Consider giving one the lead of some of the work there, with the support it needs."),
        ])
    }
}
