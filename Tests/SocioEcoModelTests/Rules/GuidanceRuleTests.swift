import SocioEcoModel
import Testing

/// The rules on a custom framework's own guidance entries, on models built in code.
@Suite struct GuidanceRuleTests {
    static func entry(_ id: GuidanceEntry.ID, standard: Standard.ID = "s1", levels: [Level.ID] = ["inner"],
                      phases: [Phase] = [.response], title: String = "Visits") -> GuidanceEntry {
        GuidanceEntry(id: id, title: title, summary: "A sentence.", standard: standard, levels: levels, phases: phases)
    }

    static func programme(_ standards: [Standard]) -> Programme {
        RuleFixtures.custom(levels: RuleFixtures.levels, standards: standards)
    }

    @Test func levelsOutsideTheFrameworkAndRepeatsAreReportedAtTheEntry() {
        let p = Self.programme([
            Standard(id: "s1", pillar: 3, isStrategy: true, title: "S", guidance: [
                Self.entry("g-1", levels: ["inner", "planet", "inner"]),
                Self.entry("g-2", levels: ["outer"]),
            ]),
        ])
        expectProblems(p, code: .guidanceLevel, [
            ExpectedProblem(path: .frameworkGuidance(0, 0),
                            message: "guidance entry 'g-1' names level 'planet', which is not a level of this framework; expected one of inner, outer"),
            ExpectedProblem(path: .frameworkGuidance(0, 0),
                            message: "guidance entry 'g-1' lists level 'inner' twice in its levels; name each level once"),
        ])
    }

    @Test func aRepeatedPhaseIsReportedOnce() {
        let p = Self.programme([
            Standard(id: "s1", pillar: 3, isStrategy: true, title: "S", guidance: [
                Self.entry("g-1", phases: [.prevention, .response, .prevention]),
            ]),
        ])
        expectProblems(p, code: .guidancePhase, [
            ExpectedProblem(path: .frameworkGuidance(0, 0),
                            message: "guidance entry 'g-1' lists phase 'prevention' twice in its phases; name each phase once"),
        ])
    }

    @Test func guidanceOnAStandardThatIsNoStrategyIsReportedOncePerStandard() {
        let p = Self.programme([
            Standard(id: "s1", pillar: 3, isStrategy: true, title: "S", guidance: [Self.entry("g-1")]),
            Standard(id: "r1", pillar: 2, isStrategy: false, title: "R", guidance: [Self.entry("g-2", standard: "r1")]),
        ])
        expectProblems(p, code: .guidanceOutsideStrategy, [
            ExpectedProblem(path: .frameworkGuidance(1, 0),
                            message: "standard 'r1' is not a strategy standard but carries a guidance entry; move them to the strategy standard they put into practice, or mark this standard as a strategy"),
        ])
    }

    @Test func aGuidanceIDIsUniqueAcrossTheFramework() {
        let p = Self.programme([
            Standard(id: "s1", pillar: 3, isStrategy: true, title: "S", guidance: [Self.entry("g-1")]),
            Standard(id: "s2", pillar: 3, isStrategy: true, title: "T", guidance: [Self.entry("g-2", standard: "s2"), Self.entry("g-1", standard: "s2")]),
        ])
        expectProblems(p, code: .duplicateID, [
            ExpectedProblem(path: .frameworkGuidance(1, 1),
                            message: "guidance entry id 'g-1' is already used in this framework; give each guidance entry its own id",
                            related: .frameworkGuidance(0, 0)),
        ])
    }

    @Test func wellFormedGuidanceBreaksNoRule() {
        let p = Self.programme([
            Standard(id: "s1", pillar: 3, isStrategy: true, title: "S", mainLevels: ["inner"], guidance: [
                Self.entry("g-1", levels: ["inner", "outer"], phases: Phase.allCases),
            ]),
        ])
        #expect(p.problems() == [])
        #expect(p.framework.guidance.entries.map(\.id) == ["g-1"])
        #expect(p.framework.guidance.provenance == Framework.ownGuidanceProvenance)
    }

    @Test func aBlankGuidanceTitleAndAMalformedIDAreShapeProblems() {
        let p = Self.programme([
            Standard(id: "s1", pillar: 3, isStrategy: true, title: "S", guidance: [Self.entry("g 1", title: " ")]),
        ])
        #expect(p.problems().map(\.code) == [.blankTitle, .malformedID])
        #expect(p.problems().map(\.path) == [.frameworkGuidance(0, 0), .frameworkGuidance(0, 0)])
    }
}
