import SocioEcoModel
import Testing

@Suite struct FrameworkSizeRuleTests {
    @Test func aCustomFrameworkNeedsTwoLevelsAndAStandard() {
        let p = RuleFixtures.custom(levels: [Level(id: "only", rank: 1)], standards: [])
        expectProblems(p, code: .frameworkSize, [
            ExpectedProblem(path: .framework, message: "a custom framework needs at least two levels; it has 1"),
            ExpectedProblem(path: .framework, message: "a custom framework needs at least one standard"),
        ])
    }

    @Test func aCustomFrameworkWithoutLevelsIsSaidOnceNotAtEveryRef() {
        let p = RuleFixtures.custom(levels: [], standards: RuleFixtures.standards, interventions: [
            Intervention(id: "a", title: "A", levels: ["inner"]),
            Intervention(id: "b", title: "B", levels: ["outer"]),
        ])
        expectProblems(p, code: .frameworkSize, [
            ExpectedProblem(path: .framework, message: "a custom framework needs at least two levels; it has 0"),
        ])
        expectProblems(p, code: .unresolvedLevel, [])
    }
}
