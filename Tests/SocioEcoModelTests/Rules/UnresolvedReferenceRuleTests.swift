import SocioEcoModel
import Testing

/// Levels, standards and dependencies that name nothing in the programme.
@Suite struct UnresolvedReferenceRuleTests {
    @Test func aLevelOfTheFramework() {
        let p = RuleFixtures.programme([Intervention(id: "a", title: "A", levels: ["child", "planet"])])
        expectProblems(p, code: .unresolvedLevel, [
            ExpectedProblem(path: .interventionLevel(0, 1),
                            message: "level 'planet' is not a level of framework cpms-2019; expected one of child, family, community, society"),
        ])
    }

    @Test func aStandardOfCPMS() {
        let p = RuleFixtures.programme([Intervention(id: "a", title: "A", levels: ["child"], standards: ["99"])])
        expectProblems(p, code: .unresolvedStandard, [
            ExpectedProblem(path: .interventionStandard(0, 0),
                            message: "standard '99' is not a standard of framework cpms-2019; expected an id from 1 to 28"),
        ])
    }

    @Test func aStandardOfACustomFramework() {
        let p = RuleFixtures.custom(levels: RuleFixtures.levels, standards: RuleFixtures.standards, interventions: [
            Intervention(id: "a", title: "A", levels: ["inner", "middle"], standards: ["s2"]),
        ])
        expectProblems(p, code: .unresolvedStandard, [
            ExpectedProblem(path: .interventionStandard(0, 0), message: "standard 's2' is not a standard of framework fw; expected one of s1"),
        ])
        expectProblems(p, code: .unresolvedLevel, [
            ExpectedProblem(path: .interventionLevel(0, 1), message: "level 'middle' is not a level of framework fw; expected one of inner, outer"),
        ])
    }

    @Test func aLongListIsCut() {
        let levels = (1...14).map { Level(id: Level.ID("l\($0)"), rank: $0) }
        let p = RuleFixtures.custom(levels: levels, standards: RuleFixtures.standards, interventions: [
            Intervention(id: "a", title: "A", levels: ["l0"]),
        ])
        expectProblems(p, code: .unresolvedLevel, [
            ExpectedProblem(path: .interventionLevel(0, 0),
                            message: "level 'l0' is not a level of framework fw; expected one of l1, l2, l3, l4, l5, l6, l7, l8, l9, l10, l11, l12 and 2 more"),
        ])
    }

    @Test func anInterventionOfTheProgramme() {
        let p = RuleFixtures.programme([Intervention(id: "a", title: "A", levels: ["child"], dependsOn: ["b"])])
        expectProblems(p, code: .unresolvedIntervention, [
            ExpectedProblem(path: .interventionDependsOn(0, 0), message: "intervention 'a' depends on 'b', which is not an intervention of this file"),
        ])
    }
}
