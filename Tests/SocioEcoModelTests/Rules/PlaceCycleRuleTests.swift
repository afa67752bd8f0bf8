import SocioEcoModel
import Testing

@Suite struct PlaceCycleRuleTests {
    @Test func eachCycleIsReportedOnceAtItsFirstPlace() {
        var p = RuleFixtures.programme()
        p.places = [
            Place(id: "root", name: "Root"),
            Place(id: "b", name: "B", parent: "c"),
            Place(id: "a", name: "A", parent: "b"),
            Place(id: "c", name: "C", parent: "a"),
            Place(id: "inside", name: "Inside", parent: "a"),
            Place(id: "self", name: "Self", parent: "self"),
        ]
        expectProblems(p, code: .placeCycle, [
            ExpectedProblem(path: .place(1), message: "places lie inside each other in a cycle: b -> c -> a -> b; give one of them another parent"),
            ExpectedProblem(path: .place(5), message: "place 'self' lies inside itself; give it another parent or none"),
        ])
    }

    @Test func aTreeAndADanglingParentHaveNoCycle() {
        var p = RuleFixtures.programme()
        p.places = [Place(id: "bd", name: "Bangladesh"), Place(id: "cxb", name: "Cox's Bazar", parent: "bd"),
                    Place(id: "camp", name: "Camp", parent: "cxb"), Place(id: "lost", name: "Lost", parent: "nowhere")]
        expectProblems(p, code: .placeCycle, [])
    }
}
