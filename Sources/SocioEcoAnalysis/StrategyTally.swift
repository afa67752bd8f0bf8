import SocioEcoModel

/// Counts interventions by level and strategy (the coverage matrix), per strategy, and
/// notes the interventions linked to no strategy.
struct StrategyTally {
    private var cells: [[Int]]
    /// Per strategy column, the number of interventions linked to it.
    private(set) var use: [Int]
    /// Per strategy column: whether some linked intervention sits at one of its main levels.
    private(set) var onMainLevel: [Bool]
    private(set) var withoutStrategy: [Intervention.ID] = []
    private let mainLevelRows: [[Int]]

    init(axes: CoverageAxes) {
        cells = [[Int]](repeating: [Int](repeating: 0, count: axes.strategies.count), count: axes.levels.count)
        use = [Int](repeating: 0, count: axes.strategies.count)
        onMainLevel = [Bool](repeating: false, count: axes.strategies.count)
        mainLevelRows = axes.strategies.map { s in s.mainLevels.compactMap { axes.levelRow[$0] } }
    }

    mutating func add(_ item: borrowing Intervention, at place: InterventionPlacement) {
        if place.strategies.isEmpty { withoutStrategy.append(item.id) }
        for c in place.strategies {
            use[c] += 1
            if !onMainLevel[c], place.rows.contains(where: mainLevelRows[c].contains) { onMainLevel[c] = true }
            for r in place.rows { cells[r][c] += 1 }
        }
    }

    func matrix(axes: CoverageAxes) -> CoverageMatrix {
        CoverageMatrix(strategies: axes.strategies.map(\.id),
                       rows: zip(axes.levels, cells).map { CoverageMatrix.Row(level: $0.id, counts: $1) })
    }
}
