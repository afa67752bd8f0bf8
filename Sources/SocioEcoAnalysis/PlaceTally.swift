import SocioEcoModel

/// Counts interventions by place and level in one pass.
///
/// Each intervention is counted only at the places it names (and once everywhere when it
/// names none); `coverage` then pushes the counts down the tree once. Where an
/// intervention names a place and another inside it, only the outer one is counted, so it
/// counts once below both. The cost is the interventions times their places plus the
/// size of the tree, never places times interventions.
struct PlaceTally {
    private let tree: PlaceTree
    private let levelCount: Int
    private let agencyCount: Int
    /// Per declaration index and level row, interventions named at the place.
    private var direct: [Int]
    /// Per level row, interventions with no place.
    private var everywhere: [Int]
    /// Per declaration index, agency columns of interventions named at the place.
    private var directAgencies: [[Int]]
    private var everywhereAgencies: [Bool]
    /// Reused for every intervention: a hundred thousand must not mean as many small allocations.
    private var positions: [Int] = []
    private var columns: [Int] = []

    init(programme: Programme, axes: CoverageAxes) {
        tree = PlaceTree(programme.places)
        levelCount = axes.levels.count
        agencyCount = axes.agencies.count
        direct = tree.order.isEmpty ? [] : [Int](repeating: 0, count: programme.places.count * levelCount)
        everywhere = [Int](repeating: 0, count: levelCount)
        directAgencies = [[Int]](repeating: [], count: tree.order.isEmpty ? 0 : programme.places.count)
        everywhereAgencies = [Bool](repeating: false, count: agencyCount)
    }

    mutating func add(_ item: borrowing Intervention, at placement: InterventionPlacement, axes: CoverageAxes) {
        if tree.order.isEmpty { return }
        columns.removeAll(keepingCapacity: true)
        if let lead = placement.leadColumn { columns.append(lead) }
        for p in item.partners { if let c = axes.agencyColumn[p], !columns.contains(c) { columns.append(c) } }
        if item.places.isEmpty {
            for r in placement.rows { everywhere[r] += 1 }
            for c in columns { everywhereAgencies[c] = true }
            return
        }
        positions.removeAll(keepingCapacity: true)
        for ref in item.places { if let i = tree.index[ref] { positions.append(tree.position[i]) } }
        if positions.count > 1 { positions.sort() }
        // In tree order a place inside another comes after it and before its subtree ends.
        var coveredUntil = -1
        for pos in positions where pos >= coveredUntil {
            let i = tree.order[pos]
            coveredUntil = tree.subtreeEnd[i]
            for r in placement.rows { direct[i * levelCount + r] += 1 }
            directAgencies[i].append(contentsOf: columns)
        }
    }

    func coverage(axes: CoverageAxes) -> PlaceCoverage {
        let levels = axes.levels.map(\.id)
        guard !tree.order.isEmpty else { return PlaceCoverage(levels: levels, rows: []) }
        let n = direct.count / max(levelCount, 1)
        var total = [Int](repeating: 0, count: n * levelCount)
        var works = [[Bool]](repeating: [], count: n)
        var rows: [PlaceCoverage.Row] = []
        rows.reserveCapacity(tree.order.count)
        for i in tree.order {
            let above = tree.parent[i]
            var here = above.map { works[$0] } ?? everywhereAgencies
            for c in directAgencies[i] { here[c] = true }
            works[i] = here
            for r in 0..<levelCount {
                total[i * levelCount + r] = direct[i * levelCount + r] + (above.map { total[$0 * levelCount + r] } ?? everywhere[r])
            }
        }
        for i in tree.order {
            // The walk's tree: a place's children are those reached from it.
            let innermost = tree.subtreeEnd[i] == tree.position[i] + 1
            rows.append(PlaceCoverage.Row(
                place: tree.places[i].id, name: tree.places[i].name, pcode: tree.places[i].pcode,
                parent: tree.parent[i].map { tree.places[$0].id }, isInnermost: innermost,
                counts: Array(total[(i * levelCount)..<((i + 1) * levelCount)]),
                agencies: works[i].indices.filter { works[i][$0] }.map { axes.agencies[$0] }))
        }
        return PlaceCoverage(levels: levels, rows: rows)
    }
}
