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

    /// Per place in tree order and level, the interventions working there; empty when the
    /// programme declares no places.
    public let places: PlaceCoverage
    /// The day the analysis is of (`analyze --on`): only interventions running that day
    /// count; nil for the whole programme.
    public let date: CalendarDate?

    /// Per strategy standard (aligned with `matrix.strategies`), the number of interventions linked to it.
    public let strategyUse: [Int]

    /// The groups `group-not-reached` looks for at every covered level.
    public static let watchedGroups: [PopulationGroup] = ["girls", "children-with-disabilities"]

    /// Analyses `whole`, or when `date` is given only its interventions running on that day
    /// (`level-gap-in-time` still reads every intervention's dates).
    public init(programme whole: Programme, on date: CalendarDate? = nil) {
        let programme = date.map { whole.running(on: $0) } ?? whole
        let axes = CoverageAxes(programme: programme)
        var place = InterventionPlacement()
        var levelTally = LevelCoverageTally(axes: axes)
        var strategyTally = StrategyTally(axes: axes)
        var phaseTally = PhaseTally(axes: axes)
        var riskTally = RiskTally(axes: axes)
        var reachTally = ReachTally(axes: axes)
        var agencyTally = AgencyTally(axes: axes)
        var placeTally = PlaceTally(programme: programme, axes: axes)
        // One pass: each intervention is placed once and every tally reads the placement.
        // The loop holds one copy of each intervention; the tallies borrow it.
        for item in programme.interventions {
            place.place(item, on: axes)
            levelTally.add(item, at: place)
            strategyTally.add(item, at: place)
            phaseTally.add(at: place)
            riskTally.add(at: place)
            reachTally.add(item, at: place)
            agencyTally.add(item, at: place, axes: axes)
            placeTally.add(item, at: place, axes: axes)
        }

        programmeID = programme.id
        revision = programme.revision
        title = programme.title
        framework = programme.framework
        interventionCount = programme.interventions.count
        levels = levelTally.coverage(axes: axes)
        matrix = strategyTally.matrix(axes: axes)
        approach = LevelCoverageTally.approach(levels, framework: programme.framework)
        phaseMatrix = phaseTally.matrix(axes: axes)
        risks = riskTally.coverage(axes: axes)
        reach = reachTally.reach(axes: axes)
        localisation = agencyTally.localisation(levels)
        coordination = agencyTally.coordination(axes: axes)
        leadAgencyCount = agencyTally.leadAgencyCount
        strategyUse = strategyTally.use
        places = placeTally.coverage(axes: axes)
        self.date = date
        findings = FindingRules.findings(FindingContext(
            programme: programme, framework: programme.framework, levels: levels, strategies: axes.strategies,
            strategyUse: strategyTally.use, strategyOnMainLevel: strategyTally.onMainLevel,
            withoutStrategy: strategyTally.withoutStrategy, risks: risks, reach: reach, localisation: localisation,
            places: places, timeline: whole.interventions))
    }

    /// Whether reports show the coordination view: more than one agency leads.
    public var showsCoordination: Bool { leadAgencyCount > 1 }

    /// The number of errors among the findings: what `analyze --strict` fails on.
    public var errorCount: Int { findings.count { $0.severity == .error } }
}
