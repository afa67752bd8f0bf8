import SocioEcoAnalysis
import SocioEcoModel
import Testing

/// Findings about levels: uncovered, and without a local lead.
@Suite struct LevelFindingRuleTests {
    @Test func uncoveredLevels() {
        let p = FindingFixtures.programme([Intervention(id: "a", title: "A", levels: ["child", "family"])])
        expectFindings(p, code: .uncoveredLevel, [
            ExpectedFinding(subject: .level("community"),
                message: "No intervention works at the community level (Community), so children are not protected there. Add at least one intervention at this level."),
            ExpectedFinding(subject: .level("society"),
                message: "No intervention works at the society level (Society and socio-cultural norms), so children are not protected there. Add at least one intervention at this level."),
        ])
    }

    @Test func anUnlabelledLevelIsNamedByItsId() {
        let p = FindingFixtures.custom([Intervention(id: "a", title: "A", levels: ["outer"])])
        expectFindings(p, code: .uncoveredLevel, [
            ExpectedFinding(subject: .level("inner"),
                message: "No intervention works at the inner level, so children are not protected there. Add at least one intervention at this level."),
        ])
    }

    @Test func coveredLevelsWithoutALocalLead() {
        let p = FindingFixtures.programme([
            Intervention(id: "a", lead: "loc", title: "A", levels: ["child"]),
            Intervention(id: "b", lead: "intl", title: "B", levels: ["child", "family"]),
        ], agencies: [Agency(id: "loc", name: "L", type: .nationalNGO, local: true), Agency(id: "intl", name: "I", type: .un)])
        expectFindings(p, code: .noLocalLead, [
            ExpectedFinding(subject: .level("family"),
                message: "No intervention at the family level (Family and caregivers) is led by a local or national actor. Consider handing the lead of some work there to one."),
        ])
    }
}
