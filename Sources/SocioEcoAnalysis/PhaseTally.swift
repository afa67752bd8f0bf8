import SocioEcoModel

/// Counts interventions by level and phase, those that name no phase apart.
struct PhaseTally {
    private var counts: [[Int]]
    private var unspecified: [Int]

    init(axes: CoverageAxes) {
        counts = [[Int]](repeating: [Int](repeating: 0, count: PhaseMatrix.phases.count), count: axes.levels.count)
        unspecified = [Int](repeating: 0, count: axes.levels.count)
    }

    mutating func add(at place: InterventionPlacement) {
        for r in place.rows {
            if let p = place.phase { counts[r][p] += 1 } else { unspecified[r] += 1 }
        }
    }

    func matrix(axes: CoverageAxes) -> PhaseMatrix {
        PhaseMatrix(rows: axes.levels.indices.map {
            PhaseMatrix.Row(level: axes.levels[$0].id, counts: counts[$0], unspecified: unspecified[$0])
        })
    }
}
