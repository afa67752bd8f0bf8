import SocioEcoModel

/// Levels by strategy standards: how many interventions at each level link to each
/// strategy. Zero cells are kept: they are the holes the matrix is there to show.
public struct CoverageMatrix: Hashable, Sendable {
    /// One level's counts, aligned with `CoverageMatrix.strategies`.
    public struct Row: Hashable, Sendable {
        public var level: Level.ID
        public var counts: [Int]

        public init(level: Level.ID, counts: [Int]) {
            self.level = level
            self.counts = counts
        }
    }

    /// The columns: the framework's strategy standards, in framework order.
    public var strategies: [Standard.ID]
    /// The rows: one per level, innermost first.
    public var rows: [Row]

    public init(strategies: [Standard.ID], rows: [Row]) {
        self.strategies = strategies
        self.rows = rows
    }

    /// The number of interventions at `level` linked to `strategy`; 0 when either is
    /// not part of the matrix.
    public func count(level: Level.ID, strategy: Standard.ID) -> Int {
        guard let r = rows.first(where: { $0.level == level }),
              let c = strategies.firstIndex(of: strategy) else { return 0 }
        return r.counts[c]
    }

    /// Cells holding zero, as (level, strategy) pairs in row then column order.
    public var emptyCells: [(level: Level.ID, strategy: Standard.ID)] {
        rows.flatMap { row in
            zip(strategies, row.counts).filter { $0.1 == 0 }.map { (level: row.level, strategy: $0.0) }
        }
    }
}
