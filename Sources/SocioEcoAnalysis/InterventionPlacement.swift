import SocioEcoModel

/// Where one intervention falls among the axes: its rows, its strategy and risk
/// columns, its phase and its lead. Refs that do not resolve are left out; a ref given
/// twice counts once.
///
/// One placement is reused for every intervention: a million interventions must not
/// mean a million small allocations.
struct InterventionPlacement {
    private(set) var rows: [Int] = []
    private(set) var strategies: [Int] = []
    private(set) var risks: [Int] = []
    private(set) var phase: Int?
    private(set) var leadColumn: Int?
    /// Whether the lead is a local or national agency.
    private(set) var isLocallyLed = false

    mutating func place(_ item: borrowing Intervention, on axes: CoverageAxes) {
        rows.removeAll(keepingCapacity: true)
        for l in item.levels { if let r = axes.levelRow[l], !rows.contains(r) { rows.append(r) } }
        strategies.removeAll(keepingCapacity: true)
        risks.removeAll(keepingCapacity: true)
        for s in item.standards {
            if let c = axes.strategyColumn[s], !strategies.contains(c) { strategies.append(c) }
            if let k = axes.riskColumn[s], !risks.contains(k) { risks.append(k) }
        }
        phase = item.phase.flatMap { axes.phaseColumn[$0] }
        leadColumn = item.lead.flatMap { axes.agencyColumn[$0] }
        isLocallyLed = leadColumn.map { axes.agencyIsLocal[$0] } ?? false
    }
}
