import SocioEcoModel
import Testing

@Suite struct DuplicateRankRuleTests {
    @Test func ranksAreUnique() {
        let p = RuleFixtures.custom(
            levels: [Level(id: "inner", rank: 1), Level(id: "outer", rank: 2), Level(id: "far", rank: 1)],
            standards: RuleFixtures.standards)
        expectProblems(p, code: .duplicateRank, [
            ExpectedProblem(path: .frameworkLevel(2),
                            message: "level 'far' has rank 1, already taken by level 'inner'; ranks order the levels and must be unique",
                            related: .frameworkLevel(0)),
        ])
    }

    @Test func aRankOutOfRangeIsNotAlsoATakenRank() {
        let p = RuleFixtures.custom(
            levels: [Level(id: "inner", rank: 0), Level(id: "outer", rank: 0)],
            standards: RuleFixtures.standards)
        expectProblems(p, code: .duplicateRank, [])
    }
}
