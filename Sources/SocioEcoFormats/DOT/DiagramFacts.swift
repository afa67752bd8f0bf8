import SocioEcoAnalysis
import SocioEcoModel

/// The coverage facts a diagram draws, read from the programme's `CoverageAnalysis` so
/// that the diagram counts what every other output counts: interventions per level, per
/// standard and per level and strategy. Only what the analysis does not hold is worked
/// out here: each intervention's innermost level (where it is drawn), and the use of the
/// sector standards the full view shows.
///
/// Lookups go by id, the first of a repeated id winning, as in the analysis.
struct DiagramFacts {
    /// Levels from the innermost ring outwards.
    let levels: [Level]
    /// Strategy standards in framework order.
    let strategies: [Standard]
    let analysis: CoverageAnalysis
    private let levelRow: [Level.ID: Int]
    private let strategyColumn: [Standard.ID: Int]
    private let riskRow: [Standard.ID: Int]
    /// Interventions linked to each standard the analysis does not count (sector standards).
    private let otherUse: [Standard.ID: Int]
    /// The largest cell of the level × strategy matrix.
    let largestCell: Int

    init(_ analysed: AnalysedProgramme, countsOtherStandards: Bool) {
        let analysis = analysed.analysis
        self.analysis = analysis
        levels = analysis.levels.map(\.level)
        strategies = analysis.framework.strategies
        levelRow = Self.firstPositions(levels.map(\.id))
        strategyColumn = Self.firstPositions(analysis.matrix.strategies)
        riskRow = Self.firstPositions(analysis.risks.map(\.risk))
        var other: [Standard.ID: Int] = [:]
        if countsOtherStandards {
            let counted = Set(strategyColumn.keys).union(riskRow.keys)
            for intervention in analysed.programme.interventions {
                for standard in Set(intervention.standards) where !counted.contains(standard) {
                    other[standard, default: 0] += 1
                }
            }
        }
        otherUse = other
        largestCell = analysis.matrix.rows.flatMap(\.counts).max() ?? 0
    }

    private static func firstPositions<ID: Hashable>(_ ids: [ID]) -> [ID: Int] {
        var positions: [ID: Int] = [:]
        for (i, id) in ids.enumerated() where positions[id] == nil { positions[id] = i }
        return positions
    }

    func count(at level: Level.ID) -> Int {
        levelRow[level].map { analysis.levels[$0].interventions.count } ?? 0
    }

    func count(linkedTo standard: Standard.ID) -> Int {
        if let c = strategyColumn[standard] { return c < analysis.strategyUse.count ? analysis.strategyUse[c] : 0 }
        if let r = riskRow[standard] { return analysis.risks[r].interventions }
        return otherUse[standard] ?? 0
    }

    func count(at level: Level.ID, linkedTo strategy: Standard.ID) -> Int {
        guard let r = levelRow[level], let c = strategyColumn[strategy] else { return 0 }
        return analysis.matrix.rows[r].counts[c]
    }

    /// A level no intervention works at: a hole in the programme.
    func isUncovered(_ level: Level.ID) -> Bool { count(at: level) == 0 }
    /// A standard no intervention is linked to; never the approach standard, which the
    /// programme as a whole meets or not.
    func isUnused(_ standard: Standard.ID) -> Bool {
        standard != analysis.approach.standard && count(linkedTo: standard) == 0
    }

    /// For each intervention, by index: the level of lowest rank among its levels, where
    /// the detailed views draw it.
    static func innermostLevels(of programme: Programme, levels: [Level]) -> [Level.ID?] {
        let rank = firstPositions(levels.map(\.id))
        return programme.interventions.map { intervention in
            intervention.levels.filter { rank[$0] != nil }.min { rank[$0]! < rank[$1]! }
        }
    }
}
