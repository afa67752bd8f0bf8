import SocioEcoModel

/// Counts, per level, the interventions that reach each population group.
///
/// Groups are a handful of distinct names: each gets a number once, and counts per level
/// are kept by number, so a group reached at three levels costs one lookup.
struct ReachTally {
    private var number: [PopulationGroup: Int] = [:]
    private var names: [PopulationGroup] = []
    /// Per level row, per group number.
    private var counts: [[Int]]
    /// The current intervention's group numbers, reused.
    private var groups: [Int] = []

    init(axes: CoverageAxes) {
        counts = [[Int]](repeating: [], count: axes.levels.count)
    }

    mutating func add(_ item: borrowing Intervention, at place: InterventionPlacement) {
        groups.removeAll(keepingCapacity: true)
        for g in item.reaches {
            let n: Int
            if let known = number[g] {
                n = known
            } else {
                n = names.count
                number[g] = n
                names.append(g)
                for r in counts.indices { counts[r].append(0) }
            }
            if !groups.contains(n) { groups.append(n) }
        }
        for r in place.rows {
            for n in groups { counts[r][n] += 1 }
        }
    }

    func reach(axes: CoverageAxes) -> [LevelReach] {
        axes.levels.indices.map { r in
            LevelReach(level: axes.levels[r].id, groups: counts[r].indices
                .filter { counts[r][$0] > 0 }
                .map { LevelReach.Group(group: names[$0], interventions: counts[r][$0]) }
                .sorted { $0.group < $1.group })
        }
    }
}
