import SocioEcoModel
import Testing

@Suite struct DuplicateIDRuleTests {
    @Test func aCopyPointsAtTheFirst() {
        var p = RuleFixtures.custom(
            levels: [Level(id: "inner", rank: 1), Level(id: "outer", rank: 2), Level(id: "inner", rank: 3)],
            standards: [Standard(id: "s1", pillar: 3, isStrategy: true, title: "S"),
                        Standard(id: "s1", pillar: 3, isStrategy: true, title: "T")],
            interventions: [
                Intervention(id: "a", title: "A", levels: ["inner"], indicators: [Indicator(id: "n", text: "N")]),
                Intervention(id: "a", title: "B", levels: ["inner"], indicators: [Indicator(id: "m", text: "M"), Indicator(id: "n", text: "N")]),
            ])
        p.agencies = [Agency(id: "x", name: "X", type: .un), Agency(id: "x", name: "Y", type: .un)]
        expectProblems(p, code: .duplicateID, [
            ExpectedProblem(path: .frameworkLevel(2), message: "level id 'inner' is declared twice; give each level its own id",
                            related: .frameworkLevel(0)),
            ExpectedProblem(path: .frameworkStandard(1), message: "standard id 's1' is declared twice; give each standard its own id",
                            related: .frameworkStandard(0)),
            ExpectedProblem(path: .agency(1), message: "agency id 'x' is declared twice; give each agency its own id or remove the copy",
                            related: .agency(0)),
            ExpectedProblem(path: .intervention(1), message: "intervention id 'a' is declared twice; give each intervention its own id",
                            related: .intervention(0)),
            ExpectedProblem(path: .interventionIndicator(1, 1),
                            message: "indicator id 'n' is already used; indicator ids must be unique across the whole file",
                            related: .interventionIndicator(0, 0)),
        ])
    }

    @Test func aCopiedPlacePointsAtTheFirst() {
        var p = RuleFixtures.programme()
        p.places = [Place(id: "teknaf", name: "Teknaf"), Place(id: "ukhiya", name: "Ukhiya"), Place(id: "teknaf", name: "Teknaf")]
        expectProblems(p, code: .duplicateID, [
            ExpectedProblem(path: .place(2), message: "place id 'teknaf' is declared twice; give each place its own id or remove the copy",
                            related: .place(0)),
        ])
    }
}
