import SocioEcoModel
import Testing

@Suite struct MissingLevelRuleTests {
    @Test func everyInterventionWorksAtALevel() {
        let p = RuleFixtures.programme([
            Intervention(id: "a", title: "A", levels: ["child"]),
            Intervention(id: "b", title: "B", levels: []),
        ])
        expectProblems(p, code: .missingLevel, [
            ExpectedProblem(path: .intervention(1), message: "intervention 'b' works at no level; name at least one level"),
        ])
        #expect(p.problems().first { $0.code == .missingLevel }?.remedy == .addLevel)
    }
}
