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

    /// Whether the levels are covered (CPMS standard 14): by the socio-ecological approach
    /// standard with CPMS, by the first strategy whose main levels are all levels otherwise.
    static func approach(_ levels: [LevelCoverage], framework fw: Framework, axes: CoverageAxes) -> ApproachCoverage {
        let standard: Standard.ID? = fw.kind == .cpms2019
            ? Framework.socioEcologicalApproach
            : axes.strategies.first { s in axes.levels.allSatisfy { s.mainLevels.contains($0.id) } }?.id
        return ApproachCoverage(standard: standard, uncoveredLevels: levels.filter { !$0.isCovered }.map(\.level.id))
    }
}
