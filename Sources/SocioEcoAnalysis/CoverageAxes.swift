import SocioEcoModel

/// The rows and columns of the analysis's tables, and where a ref falls among them:
/// levels innermost first, strategy standards and Pillar 2 risks in framework order,
/// phases in the order of the programme cycle, agencies as first declared.
struct CoverageAxes {
    let levels: [Level]
    let strategies: [Standard]
    let risks: [Standard]
    let levelRow: SmallIndex<Level.ID>
    let strategyColumn: SmallIndex<Standard.ID>
    let riskColumn: SmallIndex<Standard.ID>
    let phaseColumn: SmallIndex<Phase>
    /// Each declared agency once, in declaration order.
    let agencies: [Agency.ID]
    /// Per agency id, its column in `agencies`.
    let agencyColumn: [Agency.ID: Int]
    /// Per agency column, whether the agency is local or national.
    let agencyIsLocal: [Bool]

    init(programme: Programme) {
        let fw = programme.framework
        levels = fw.levelsByRank
        strategies = fw.strategies
        risks = fw.standards(inPillar: 2)
        levelRow = SmallIndex(levels.map(\.id))
        strategyColumn = SmallIndex(strategies.map(\.id))
        riskColumn = SmallIndex(risks.map(\.id))
        phaseColumn = SmallIndex(PhaseMatrix.phases)
        var column: [Agency.ID: Int] = [:]
        var ids: [Agency.ID] = []
        var local: [Bool] = []
        for a in programme.agencies where column[a.id] == nil {
            column[a.id] = ids.count
            ids.append(a.id)
            local.append(a.isLocal)
        }
        agencies = ids
        agencyColumn = column
        agencyIsLocal = local
    }
}
