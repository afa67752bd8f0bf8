import SocioEcoModel
import Testing

@Suite struct MainLevelRuleTests {
    let p = RuleFixtures.custom(
        levels: RuleFixtures.levels,
        standards: [Standard(id: "s1", pillar: 3, isStrategy: true, title: "S", mainLevels: ["inner", "middle", "inner", "middle"])])

    @Test func aStandardNamesEachMainLevelOnce() {
        expectProblems(p, code: .repeatedMainLevel, [
            ExpectedProblem(path: .frameworkStandard(0), message: "standard 's1' lists level 'inner' twice in its levels; name each level once"),
            ExpectedProblem(path: .frameworkStandard(0), message: "standard 's1' lists level 'middle' twice in its levels; name each level once"),
        ])
    }

    @Test func mainLevelsAreLevelsOfTheFramework() {
        expectProblems(p, code: .unknownMainLevel, [
            ExpectedProblem(path: .frameworkStandard(0),
                            message: "standard 's1' names level 'middle', which is not a level of this framework; expected one of inner, outer"),
        ])
    }
}
