import SocioEcoModel
import Testing

@Suite struct NumberOutOfRangeRuleTests {
    @Test func revisionRanksAndPillars() {
        var p = RuleFixtures.custom(
            levels: [Level(id: "inner", rank: 0), Level(id: "outer", rank: 1_000_000_000)],
            standards: [Standard(id: "s1", pillar: 0, isStrategy: true, title: "S")])
        p.revision = -1
        expectProblems(p, code: .numberOutOfRange, [
            ExpectedProblem(path: .programme, message: "revision -1 is out of range; use a whole number from 0 to 999999999"),
            ExpectedProblem(path: .frameworkLevel(0), message: "level 'inner' has rank 0; ranks are whole numbers from 1 (the innermost level)"),
            ExpectedProblem(path: .frameworkLevel(1), message: "level 'outer' has rank 1000000000; ranks are whole numbers from 1 (the innermost level)"),
            ExpectedProblem(path: .frameworkStandard(0), message: "standard 's1' has pillar 0; pillars are whole numbers from 1"),
        ])
    }

    @Test func theBoundsThemselvesAreInRange() {
        var p = RuleFixtures.custom(
            levels: [Level(id: "inner", rank: 1), Level(id: "outer", rank: 999_999_999)],
            standards: [Standard(id: "s1", pillar: 999_999_999, isStrategy: true, title: "S")])
        p.revision = 0
        expectProblems(p, code: .numberOutOfRange, [])
    }

    @Test func adminLevelsRunFromZeroToFive() {
        var p = RuleFixtures.programme()
        p.places = [Place(id: "a", name: "A", adminLevel: 0), Place(id: "b", name: "B", adminLevel: 5),
                    Place(id: "c", name: "C", adminLevel: 6), Place(id: "d", name: "D", adminLevel: -1)]
        expectProblems(p, code: .numberOutOfRange, [
            ExpectedProblem(path: .place(2), message: "place 'c' has admin level 6; admin levels are whole numbers from 0 (the country) to 5"),
            ExpectedProblem(path: .place(3), message: "place 'd' has admin level -1; admin levels are whole numbers from 0 (the country) to 5"),
        ])
    }
}
