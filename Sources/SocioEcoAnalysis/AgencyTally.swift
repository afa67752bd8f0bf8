import SocioEcoModel

/// Counts who works at each level: the interventions led locally (localisation) and
/// each agency's lead and partner work (coordination).
struct AgencyTally {
    private var locallyLed: [Int]
    /// Per level row, per agency column: (lead, partner) counts; only agencies that work there.
    private var work: [[Int: (lead: Int, partner: Int)]]
    private var leads = Set<Int>()

    init(axes: CoverageAxes) {
        locallyLed = [Int](repeating: 0, count: axes.levels.count)
        work = [[Int: (lead: Int, partner: Int)]](repeating: [:], count: axes.levels.count)
    }

    mutating func add(_ item: borrowing Intervention, at place: InterventionPlacement, axes: CoverageAxes) {
        let lead = place.leadColumn
        if let lead { leads.insert(lead) }
        for r in place.rows {
            if place.isLocallyLed { locallyLed[r] += 1 }
            if let lead { work[r][lead, default: (0, 0)].lead += 1 }
            for p in item.partners {
                if let c = axes.agencyColumn[p], c != lead { work[r][c, default: (0, 0)].partner += 1 }
            }
        }
    }

    /// The number of distinct agencies that lead at least one intervention.
    var leadAgencyCount: Int { leads.count }

    func localisation(_ levels: [LevelCoverage]) -> [LevelLocalisation] {
        levels.indices.map {
            LevelLocalisation(level: levels[$0].level.id, interventions: levels[$0].interventions.count, locallyLed: locallyLed[$0])
        }
    }

    func coordination(axes: CoverageAxes) -> [LevelAgencies] {
        axes.levels.indices.map { r in
            LevelAgencies(level: axes.levels[r].id, agencies: work[r].keys.sorted().map { c in
                LevelAgencies.Work(agency: axes.agencies[c], lead: work[r][c]!.lead, partner: work[r][c]!.partner)
            })
        }
    }
}
