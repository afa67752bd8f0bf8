/// Places form a tree by parent: no place lies, through its parents, inside itself.
/// Each cycle is reported once, at its place that comes first in the file, naming the
/// places around it.
struct PlaceCycleRule: FormatRule {
    var code: ModelProblem.Code { .placeCycle }

    static func message(_ cycle: [Place.ID]) -> String {
        if cycle.count == 2 { return "place '\(cycle[0])' lies inside itself; give it another parent or none" }
        return "places lie inside each other in a cycle: \(cycle.map(\.rawValue).joined(separator: " -> ")); give one of them another parent"
    }

    func check(_ context: RuleContext, into problems: inout [ModelProblem]) {
        let places = context.programme.places
        // Each place has at most one parent, so following parents from any place ends at
        // a root, at an unresolved parent, or in exactly one cycle: one walk per place,
        // each place visited once in all (linear in the number of places).
        let parent: [Int?] = places.map { $0.parent.flatMap { context.placeFirst[$0] } }
        var walk = [Int](repeating: -1, count: places.count)
        var cycles: [[Int]] = []
        for start in places.indices where walk[start] < 0 && context.placeFirst[places[start].id] == start {
            var v: Int? = start
            while let at = v, walk[at] < 0 {
                walk[at] = start
                v = parent[at]
            }
            // Back at a place of this walk: the places from there on form a new cycle.
            guard let entry = v, walk[entry] == start else { continue }
            var cycle = [entry]
            var next = parent[entry]!
            while next != entry {
                cycle.append(next)
                next = parent[next]!
            }
            cycles.append(cycle)
        }
        for cycle in cycles {
            let first = cycle.min()!
            let from = cycle.firstIndex(of: first)!
            let ordered = Array(cycle[from...] + cycle[..<from])
            problems.append(ModelProblem(code: code, message: Self.message((ordered + [first]).map { places[$0].id }), path: .place(first)))
        }
    }
}
