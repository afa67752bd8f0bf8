import SocioEcoModel
import Testing

@Suite struct AdminLevelOrderRuleTests {
    @Test func aChildsLevelIsGreaterThanItsParents() {
        var p = RuleFixtures.programme()
        p.places = [
            Place(id: "cxb", name: "Cox's Bazar", adminLevel: 2),
            Place(id: "teknaf", name: "Teknaf", adminLevel: 2, parent: "cxb"),
            Place(id: "ukhiya", name: "Ukhiya", adminLevel: 1, parent: "cxb"),
            Place(id: "camp", name: "Camp", parent: "cxb"),
            Place(id: "ward", name: "Ward", adminLevel: 4, parent: "camp"),
            Place(id: "union", name: "Union", adminLevel: 4, parent: "teknaf"),
        ]
        expectProblems(p, code: .adminLevelOrder, [
            ExpectedProblem(path: .place(1), message: "place 'teknaf' has admin level 2 but lies in place 'cxb' of admin level 2; a place's admin level must be greater than its parent's",
                            related: .place(0)),
            ExpectedProblem(path: .place(2), message: "place 'ukhiya' has admin level 1 but lies in place 'cxb' of admin level 2; a place's admin level must be greater than its parent's",
                            related: .place(0)),
        ])
    }
}
