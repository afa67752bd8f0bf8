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
}
