import SocioEcoModel
import Testing

@Suite struct RepeatedApproachRuleTests {
    private static let levels = [Level(id: "inner", rank: 1), Level(id: "outer", rank: 2)]

    @Test func aSecondApproachStandardIsReported() {
        let p = RuleFixtures.custom(levels: Self.levels, standards: [
            Standard(id: "a", pillar: 1, isStrategy: true, title: "A", isApproach: true),
            Standard(id: "b", pillar: 1, isStrategy: true, title: "B"),
            Standard(id: "c", pillar: 1, isStrategy: true, title: "C", isApproach: true),
        ])
        expectProblems(p, code: .repeatedApproach, [
            ExpectedProblem(path: .frameworkStandard(2),
                            message: "standard 'c' is marked approach=\"true\" as standard 'a' already is; a framework has one approach standard at most, so keep the mark on one of them",
                            related: .frameworkStandard(0)),
        ])
    }

    @Test func oneApproachStandardIsFine() {
        let p = RuleFixtures.custom(levels: Self.levels, standards: [
            Standard(id: "a", pillar: 1, isStrategy: true, title: "A", isApproach: true),
        ])
        expectProblems(p, code: .repeatedApproach, [])
        #expect(p.framework.approachStandard?.id == "a")
        #expect(Framework.cpms2019.approachStandard?.id == "14")
    }
}
