import SocioEcoAnalysis
import SocioEcoModel
import Testing

@Suite struct GroupNotReachedRuleTests {
    @Test func watchedGroupsAtEachCoveredLevel() {
        let p = FindingFixtures.programme([
            Intervention(id: "a", title: "A", levels: ["child"], reaches: ["girls", "children-with-disabilities"]),
            Intervention(id: "b", title: "B", levels: ["family"], reaches: ["girls"]),
            Intervention(id: "c", title: "C", levels: ["community"]),
        ])
        expectFindings(p, code: .groupNotReached, [
            ExpectedFinding(subject: .group("children-with-disabilities", "family"),
                message: "No intervention at the family level (Family and caregivers) says it reaches children with disabilities. Check whether they are left out there; if they are, adapt an intervention to reach them, and if they are reached, say so on the intervention."),
            ExpectedFinding(subject: .group("girls", "community"),
                message: "No intervention at the community level (Community) says it reaches girls. Check whether they are left out there; if they are, adapt an intervention to reach them, and if they are reached, say so on the intervention."),
            ExpectedFinding(subject: .group("children-with-disabilities", "community"),
                message: "No intervention at the community level (Community) says it reaches children with disabilities. Check whether they are left out there; if they are, adapt an intervention to reach them, and if they are reached, say so on the intervention."),
        ])
    }
}
