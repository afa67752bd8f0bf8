/// Dependencies form no cycle. Each cycle is reported once, at the dependency that
/// closes it in document order, naming the interventions around it.
struct DependencyCycleRule: FormatRule {
    var code: ModelProblem.Code { .dependencyCycle }

    static func fault(_ cycle: [Intervention.ID]) -> String {
        "dependencies form a cycle: \(cycle.map(\.rawValue).joined(separator: " -> "))"
    }

    func check(_ context: RuleContext, into problems: inout [ModelProblem]) {
        let all = context.programme.interventions
        let graph = DependencyGraph(all, first: context.interventionFirst, firstWithSameID: context.firstWithSameID)
        let component = graph.stronglyConnectedComponents()
        let components = (component.max() ?? -1) + 1
        // The first edge inside a component of two or more, in document order, is where
        // that cycle is reported.
        var size = [Int](repeating: 0, count: components)
        for c in component where c >= 0 { size[c] += 1 }
        var reported = [Bool](repeating: false, count: components)
        for v in all.indices where component[v] >= 0 && size[component[v]] > 1 && !reported[component[v]] {
            let c = component[v]
            guard let edge = graph.edges[v].first(where: { component[$0.target] == c }) else { continue }
            reported[c] = true
            let path = graph.shortestPath(from: edge.target, to: v) { component[$0] == c }
            problems.append(ModelProblem(code: code, fault: Self.fault(([v] + path).map { all[$0].id }),
                                         remedy: .removeOneOfDependencies, path: .interventionDependsOn(v, edge.dependency)))
        }
    }
}
