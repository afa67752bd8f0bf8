import SocioEcoModel

/// Counts the interventions at each level: the per-level coverage.
struct LevelCoverageTally {
    private var atLevel: [[Intervention.ID]]

    init(axes: CoverageAxes) {
        atLevel = [[Intervention.ID]](repeating: [], count: axes.levels.count)
    }

    mutating func add(_ item: borrowing Intervention, at place: InterventionPlacement) {
        for r in place.rows { atLevel[r].append(item.id) }
    }

    func coverage(axes: CoverageAxes) -> [LevelCoverage] {
        zip(axes.levels, atLevel).map { LevelCoverage(level: $0, interventions: $1) }
    }

    /// Whether the levels are covered (CPMS standard 14), under the framework's approach
    /// standard if it marks one.
    static func approach(_ levels: [LevelCoverage], framework fw: Framework) -> ApproachCoverage {
        ApproachCoverage(standard: fw.approachStandard?.id, uncoveredLevels: levels.filter { !$0.isCovered }.map(\.level.id))
    }
}
