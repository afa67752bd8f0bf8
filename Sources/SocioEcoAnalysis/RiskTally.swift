import SocioEcoModel

/// Notes at which levels each Pillar 2 risk is addressed, and by how many interventions.
struct RiskTally {
    /// Per risk column, per level row.
    private var atLevel: [[Bool]]
    private var use: [Int]

    init(axes: CoverageAxes) {
        atLevel = [[Bool]](repeating: [Bool](repeating: false, count: axes.levels.count), count: axes.risks.count)
        use = [Int](repeating: 0, count: axes.risks.count)
    }

    mutating func add(at place: InterventionPlacement) {
        for k in place.risks {
            use[k] += 1
            for r in place.rows { atLevel[k][r] = true }
        }
    }

    func coverage(axes: CoverageAxes) -> [RiskCoverage] {
        axes.risks.indices.map { k in
            RiskCoverage(risk: axes.risks[k].id,
                         levels: axes.levels.indices.filter { atLevel[k][$0] }.map { axes.levels[$0].id },
                         interventions: use[k])
        }
    }
}
