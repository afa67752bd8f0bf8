/// The interventions as nodes (by position) and their dependencies as edges, for
/// finding cycles. Self-edges, repeats and unresolved refs are left out: other rules
/// report them.
struct DependencyGraph {
    struct Edge {
        /// The intervention depended on.
        var target: Int
        /// The position of the dependency in the depending intervention's list.
        var dependency: Int
    }

    /// Per node, its edges in the order the dependencies are listed.
    let edges: [[Edge]]

    init(_ all: [Intervention], first: [Intervention.ID: Int], firstWithSameID: [Int]) {
        var edges = [[Edge]](repeating: [], count: all.count)
        for i in all.indices where !all[i].dependsOn.isEmpty && firstWithSameID[i] == i {
            let deps = all[i].dependsOn
            let seen = SmallIndex(deps)
            for k in deps.indices where !seen.isRepeat(at: k) {
                guard let j = first[deps[k]], j != i else { continue }
                edges[i].append(Edge(target: j, dependency: k))
            }
        }
        self.edges = edges
    }

    /// Per node, the number of its strongly connected component. Iterative Tarjan: a
    /// 100,000-long chain must not exhaust the stack.
    func stronglyConnectedComponents() -> [Int] {
        let n = edges.count
        var index = [Int](repeating: -1, count: n)
        var low = [Int](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var component = [Int](repeating: -1, count: n)
        var stack: [Int] = []
        var counter = 0
        var components = 0
        for root in 0..<n where index[root] < 0 {
            var work: [(node: Int, next: Int)] = [(root, 0)]
            index[root] = counter; low[root] = counter; counter += 1
            stack.append(root); onStack[root] = true
            while var frame = work.popLast() {
                let v = frame.node
                if frame.next < edges[v].count {
                    let w = edges[v][frame.next].target
                    frame.next += 1
                    work.append(frame)
                    if index[w] < 0 {
                        index[w] = counter; low[w] = counter; counter += 1
                        stack.append(w); onStack[w] = true
                        work.append((w, 0))
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                    continue
                }
                if low[v] == index[v] {
                    while let w = stack.popLast() {
                        onStack[w] = false
                        component[w] = components
                        if w == v { break }
                    }
                    components += 1
                }
                if let parent = work.last {
                    low[parent.node] = min(low[parent.node], low[v])
                }
            }
        }
        return component
    }

    /// A shortest path from `start` to `target` through nodes that `allowed` admits, by
    /// breadth-first search; it starts with `start` and ends with `target`.
    func shortestPath(from start: Int, to target: Int, through allowed: (Int) -> Bool) -> [Int] {
        var previous: [Int: Int] = [start: start]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let v = queue[head]; head += 1
            if v == target { break }
            for edge in edges[v] where allowed(edge.target) && previous[edge.target] == nil {
                previous[edge.target] = v
                queue.append(edge.target)
            }
        }
        var path = [target]
        var v = target
        while v != start, let p = previous[v] { path.append(p); v = p }
        return path.reversed()
    }
}
