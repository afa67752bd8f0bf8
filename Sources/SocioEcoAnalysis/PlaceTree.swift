import SocioEcoModel

/// The places of a programme as a tree walked once: tree order, and for each place the
/// range of tree positions its subtree takes, so that "is this place inside that one" is
/// two comparisons.
///
/// Built for any model: a place whose parent does not resolve is a top place; places on
/// a cycle are reached from the first of them in declaration order, as if it were a top
/// place. A repeated id names its first declaration. Never traps, never loops.
struct PlaceTree {
    let places: [Place]
    /// Declaration indices, in tree order.
    let order: [Int]
    /// Per declaration index, its position in `order`.
    let position: [Int]
    /// Per declaration index, the position just past its subtree.
    let subtreeEnd: [Int]
    /// Per declaration index, the declaration index the walk reached it from.
    let parent: [Int?]
    /// Per place id, its declaration index.
    let index: [Place.ID: Int]

    init(_ places: [Place]) {
        var index: [Place.ID: Int] = [:]
        for (i, p) in places.enumerated() where index[p.id] == nil { index[p.id] = i }
        let n = places.count
        var children = [[Int]](repeating: [], count: n)
        var declaredParent = [Int?](repeating: nil, count: n)
        for (i, p) in places.enumerated() {
            guard index[p.id] == i, let ref = p.parent, let j = index[ref], j != i else { continue }
            declaredParent[i] = j
            children[j].append(i)
        }
        var order: [Int] = []
        order.reserveCapacity(n)
        var position = [Int](repeating: -1, count: n)
        var subtreeEnd = [Int](repeating: 0, count: n)
        var parent = [Int?](repeating: nil, count: n)
        // An explicit stack: a chain of ten thousand places must not overflow the call stack.
        func walk(from root: Int) {
            var stack: [(node: Int, next: Int)] = [(root, 0)]
            position[root] = order.count
            order.append(root)
            while let top = stack.last {
                let kids = children[top.node]
                if top.next < kids.count {
                    stack[stack.count - 1].next += 1
                    let c = kids[top.next]
                    guard position[c] < 0 else { continue }
                    position[c] = order.count
                    parent[c] = top.node
                    order.append(c)
                    stack.append((c, 0))
                } else {
                    subtreeEnd[top.node] = order.count
                    stack.removeLast()
                }
            }
        }
        for i in 0..<n where index[places[i].id] == i && declaredParent[i] == nil { walk(from: i) }
        // What is left sits on a cycle or hangs below one.
        for i in 0..<n where index[places[i].id] == i && position[i] < 0 { walk(from: i) }
        self.places = places
        self.order = order
        self.position = position
        self.subtreeEnd = subtreeEnd
        self.parent = parent
        self.index = index
    }
}
