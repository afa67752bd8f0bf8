import SocioEcoModel

/// The coverage of a programme over the socio-ecological model: which levels it works
/// at, which strategies it uses where, which risks it addresses where, whom it reaches
/// and who leads, with the findings a programme manager should see.
///
/// Pure: it reads the model, never prints and never touches files. Every list is in a
/// fixed order (levels innermost first, standards in framework order, interventions in
/// file order, groups by id), so the same programme always gives the same analysis.
/// Refs that do not resolve (an invalid model) are ignored rather than trapped on.
public struct CoverageAnalysis: Hashable, Sendable {
    public let programmeID: Programme.ID
    public let revision: Int?
    public let title: String
    public let framework: Framework
    /// Number of interventions in the programme.
    public let interventionCount: Int
    /// Per level, innermost first (`framework.levelsByRank`).
    public let levels: [LevelCoverage]
    /// Levels by strategy standards.
    public let matrix: CoverageMatrix
    /// Whether every level is covered (CPMS standard 14).
    public let approach: ApproachCoverage
    /// Levels by phase.
    public let phaseMatrix: PhaseMatrix
    /// Per Pillar 2 standard, in framework order.
    public let risks: [RiskCoverage]
    /// Per level, innermost first.
    public let reach: [LevelReach]
    /// Per level, innermost first.
    public let localisation: [LevelLocalisation]
    /// Per level, innermost first: the agencies working there.
    public let coordination: [LevelAgencies]
    /// Number of distinct agencies that lead at least one intervention.
    public let leadAgencyCount: Int
    /// Ordered by severity (error, warning, info), then code (byte order of the raw
    /// value), then subject: levels innermost first, standards in framework order,
    /// interventions in file order, groups by level then id.
    public let findings: [Finding]

    /// Per strategy standard (aligned with `matrix.strategies`), the number of interventions linked to it.
    public let strategyUse: [Int]

    /// The groups `group-not-reached` looks for at every covered level.
    public static let watchedGroups: [PopulationGroup] = ["girls", "children-with-disabilities"]

    public init(programme: Programme) {
        let fw = programme.framework
        let levels = fw.levelsByRank
        let strategies = fw.strategies
        let riskStandards = fw.standards(inPillar: 2)
        let phases = PhaseMatrix.phases

        let levelRow = SmallIndex(levels.map(\.id))
        let strategyColumn = SmallIndex(strategies.map(\.id))
        let riskColumn = SmallIndex(riskStandards.map(\.id))
        let phaseColumn = SmallIndex(phases)
        var localAgency: [Agency.ID: Bool] = [:]
        var agencyColumn: [Agency.ID: Int] = [:]
        for a in programme.agencies where localAgency[a.id] == nil {
            localAgency[a.id] = a.isLocal
            agencyColumn[a.id] = agencyColumn.count
        }
        let agencyIDs = programme.agencies.filter { agencyColumn[$0.id] != nil }.map(\.id)

        let n = levels.count
        var atLevel = [[Intervention.ID]](repeating: [], count: n)
        var matrix = [[Int]](repeating: [Int](repeating: 0, count: strategies.count), count: n)
        var phaseCounts = [[Int]](repeating: [Int](repeating: 0, count: phases.count), count: n)
        var unspecified = [Int](repeating: 0, count: n)
        var riskLevels = [[Bool]](repeating: [Bool](repeating: false, count: n), count: riskStandards.count)
        var riskUse = [Int](repeating: 0, count: riskStandards.count)
        var strategyUse = [Int](repeating: 0, count: strategies.count)
        // Per strategy: whether some linked intervention sits at one of its main levels.
        var strategyOnLevel = [Bool](repeating: false, count: strategies.count)
        let mainLevelRows: [[Int]] = strategies.map { s in s.mainLevels.compactMap { levelRow[$0] } }
        // Groups are a handful of distinct names: each gets a number once, and counts per
        // level are kept by number, so a group reached at three levels costs one lookup.
        var groupNumber: [PopulationGroup: Int] = [:]
        var groupNames: [PopulationGroup] = []
        var groupCounts = [[Int]](repeating: [], count: n)
        var locallyLed = [Int](repeating: 0, count: n)
        var withoutStrategy: [Intervention.ID] = []
        // Per level, per agency column: (lead, partner) counts; only filled for agencies that work there.
        var agencyWork = [[Int: (Int, Int)]](repeating: [:], count: n)
        var leads = Set<Int>()
        var withoutIndicator: [Intervention.ID] = []

        // Scratch buffers reused across interventions; a million interventions must not
        // mean a million small allocations.
        var rows: [Int] = []
        var columns: [Int] = []
        var risks: [Int] = []
        var groups: [Int] = []
        for item in programme.interventions {
            rows.removeAll(keepingCapacity: true)
            for l in item.levels { if let r = levelRow[l], !rows.contains(r) { rows.append(r) } }
            columns.removeAll(keepingCapacity: true)
            risks.removeAll(keepingCapacity: true)
            for s in item.standards {
                if let c = strategyColumn[s], !columns.contains(c) { columns.append(c) }
                if let k = riskColumn[s], !risks.contains(k) { risks.append(k) }
            }
            groups.removeAll(keepingCapacity: true)
            for g in item.reaches {
                let number: Int
                if let known = groupNumber[g] {
                    number = known
                } else {
                    number = groupNames.count
                    groupNumber[g] = number
                    groupNames.append(g)
                    for r in 0..<n { groupCounts[r].append(0) }
                }
                if !groups.contains(number) { groups.append(number) }
            }
            let isLocal = item.lead.flatMap { localAgency[$0] } ?? false
            let leadColumn = item.lead.flatMap { agencyColumn[$0] }
            if let leadColumn { leads.insert(leadColumn) }
            let phase = item.phase.flatMap { phaseColumn[$0] }

            for r in rows {
                atLevel[r].append(item.id)
                for c in columns { matrix[r][c] += 1 }
                if let phase { phaseCounts[r][phase] += 1 } else { unspecified[r] += 1 }
                for k in risks { riskLevels[k][r] = true }
                for g in groups { groupCounts[r][g] += 1 }
                if isLocal { locallyLed[r] += 1 }
                if let leadColumn { agencyWork[r][leadColumn, default: (0, 0)].0 += 1 }
                for p in item.partners {
                    if let c = agencyColumn[p], c != leadColumn { agencyWork[r][c, default: (0, 0)].1 += 1 }
                }
            }
            for c in columns {
                strategyUse[c] += 1
                if !strategyOnLevel[c], rows.contains(where: mainLevelRows[c].contains) { strategyOnLevel[c] = true }
            }
            for k in risks { riskUse[k] += 1 }
            if columns.isEmpty { withoutStrategy.append(item.id) }
            if item.indicators.isEmpty { withoutIndicator.append(item.id) }
        }

        programmeID = programme.id
        revision = programme.revision
        title = programme.title
        framework = fw
        interventionCount = programme.interventions.count
        self.levels = zip(levels, atLevel).map { LevelCoverage(level: $0, interventions: $1) }
        self.matrix = CoverageMatrix(
            strategies: strategies.map(\.id),
            rows: zip(levels, matrix).map { CoverageMatrix.Row(level: $0.id, counts: $1) })
        let approachStandard: Standard.ID? = fw.kind == .cpms2019
            ? Framework.socioEcologicalApproach
            : strategies.first { s in levels.allSatisfy { s.mainLevels.contains($0.id) } }?.id
        approach = ApproachCoverage(
            standard: approachStandard,
            uncoveredLevels: zip(levels, atLevel).filter { $1.isEmpty }.map(\.0.id))
        phaseMatrix = PhaseMatrix(rows: levels.indices.map {
            PhaseMatrix.Row(level: levels[$0].id, counts: phaseCounts[$0], unspecified: unspecified[$0])
        })
        self.risks = riskStandards.indices.map { k in
            RiskCoverage(risk: riskStandards[k].id,
                         levels: levels.indices.filter { riskLevels[k][$0] }.map { levels[$0].id },
                         interventions: riskUse[k])
        }
        reach = levels.indices.map { r in
            LevelReach(level: levels[r].id, groups: groupCounts[r].indices
                .filter { groupCounts[r][$0] > 0 }
                .map { LevelReach.Group(group: groupNames[$0], interventions: groupCounts[r][$0]) }
                .sorted { $0.group < $1.group })
        }
        localisation = levels.indices.map {
            LevelLocalisation(level: levels[$0].id, interventions: atLevel[$0].count, locallyLed: locallyLed[$0])
        }
        self.strategyUse = strategyUse
        coordination = levels.indices.map { r in
            LevelAgencies(level: levels[r].id, agencies: agencyWork[r].keys.sorted().map { c in
                LevelAgencies.Work(agency: agencyIDs[c], lead: agencyWork[r][c]!.0, partner: agencyWork[r][c]!.1)
            })
        }
        leadAgencyCount = leads.count

        var builder = FindingsBuilder(framework: fw)
        builder.uncoveredLevels(self.levels)
        builder.unusedStrategies(strategies, use: strategyUse)
        builder.interventionsWithoutStrategy(withoutStrategy)
        builder.strategiesOffLevel(strategies, use: strategyUse, onLevel: strategyOnLevel)
        builder.risksAtOneLevel(self.risks)
        builder.groupsNotReached(self.levels, reach: reach)
        builder.levelsWithoutLocalLead(localisation)
        builder.interventionsWithoutIndicator(withoutIndicator)
        findings = builder.ordered()
    }

    /// Whether reports show the coordination view: more than one agency leads.
    public var showsCoordination: Bool { leadAgencyCount > 1 }

    /// The number of errors among the findings: what `analyze --strict` fails on.
    public var errorCount: Int { findings.count { $0.severity == .error } }
}
