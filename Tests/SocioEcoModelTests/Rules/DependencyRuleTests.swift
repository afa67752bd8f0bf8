import SocioEcoModel
import Testing

/// Self-dependencies and cycles.
@Suite struct DependencyRuleTests {
    @Test func noInterventionDependsOnItself() {
        let p = RuleFixtures.programme([Intervention(id: "a", title: "A", levels: ["child"], dependsOn: ["a"])])
        expectProblems(p, code: .selfDependency, [
            ExpectedProblem(path: .interventionDependsOn(0, 0), message: "intervention 'a' depends on itself; remove this dependency"),
        ])
        expectProblems(p, code: .dependencyCycle, [])
    }

    @Test func eachCycleOnceWhereItClosesWithItsShortestRound() {
        let p = RuleFixtures.programme([
            Intervention(id: "a", title: "A", levels: ["child"], dependsOn: ["b"]),
            Intervention(id: "b", title: "B", levels: ["child"], dependsOn: ["c", "a"]),
            Intervention(id: "c", title: "C", levels: ["child"], dependsOn: ["a"]),
            Intervention(id: "d", title: "D", levels: ["child"], dependsOn: ["e"]),
            Intervention(id: "e", title: "E", levels: ["child"], dependsOn: ["d"]),
        ])
        expectProblems(p, code: .dependencyCycle, [
            ExpectedProblem(path: .interventionDependsOn(0, 0), message: "dependencies form a cycle: a -> b -> a; remove one of these dependencies"),
            ExpectedProblem(path: .interventionDependsOn(3, 0), message: "dependencies form a cycle: d -> e -> d; remove one of these dependencies"),
        ])
    }

    @Test func aLongChainClosedAtTheEndDoesNotExhaustTheStack() {
        let n = 30_000
        let interventions = (0..<n).map { i in
            Intervention(id: Intervention.ID("i\(i)"), title: "T", levels: ["child"], dependsOn: [Intervention.ID("i\((i + 1) % n)")])
        }
        let problems = RuleFixtures.programme(interventions).problems()
        #expect(problems.map(\.code) == [.dependencyCycle])
        #expect(problems.first?.path == .interventionDependsOn(0, 0))
    }
}
