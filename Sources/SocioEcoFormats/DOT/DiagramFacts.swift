import SocioEcoModel

/// The few coverage facts a diagram needs: interventions per level, per standard and
/// per level and strategy, and each intervention's innermost level.
///
/// Stands in for the coverage analysis (SocioEcoAnalysis) until that layer offers the
/// same counts; it reads the model only, so switching over is local to this file.
struct DiagramFacts {
    /// Levels from the innermost ring outwards.
    let levels: [Level]
    /// Strategy standards in framework order.
    let strategies: [Standard]
    /// Interventions that work at each level (any of their levels counts).
    let interventionsAtLevel: [Level.ID: Int]
    /// Interventions linked to each standard.
    let interventionsLinkedTo: [Standard.ID: Int]
    /// Per level, per strategy: interventions at that level linked to that strategy.
    let matrix: [Level.ID: [Standard.ID: Int]]
    /// For each intervention, by index: the level of lowest rank among its levels.
    let innermostLevel: [Level.ID?]

    init(_ programme: Programme) {
        let framework = programme.framework
        levels = framework.levelsByRank
        strategies = framework.strategies
        var rank: [Level.ID: Int] = [:]
        for (position, level) in levels.enumerated() where rank[level.id] == nil { rank[level.id] = position }
        let strategyIDs = Set(strategies.map(\.id))

        var atLevel: [Level.ID: Int] = [:]
        var linked: [Standard.ID: Int] = [:]
        var matrix: [Level.ID: [Standard.ID: Int]] = [:]
        var innermost: [Level.ID?] = []
        innermost.reserveCapacity(programme.interventions.count)
        for intervention in programme.interventions {
            // A valid file names each level and standard once; sets keep the counts
            // honest for a model built in code that does not.
            let levelIDs = Set(intervention.levels.filter { rank[$0] != nil })
            let standardIDs = Set(intervention.standards)
            for level in levelIDs {
                atLevel[level, default: 0] += 1
                for standard in standardIDs where strategyIDs.contains(standard) {
                    matrix[level, default: [:]][standard, default: 0] += 1
                }
            }
            for standard in standardIDs { linked[standard, default: 0] += 1 }
            innermost.append(levelIDs.min { rank[$0]! < rank[$1]! })
        }
        interventionsAtLevel = atLevel
        interventionsLinkedTo = linked
        self.matrix = matrix
        innermostLevel = innermost
    }

    func count(at level: Level.ID) -> Int { interventionsAtLevel[level] ?? 0 }
    func count(linkedTo standard: Standard.ID) -> Int { interventionsLinkedTo[standard] ?? 0 }
    func count(at level: Level.ID, linkedTo standard: Standard.ID) -> Int { matrix[level]?[standard] ?? 0 }
    /// A level no intervention works at: a hole in the programme.
    func isUncovered(_ level: Level.ID) -> Bool { count(at: level) == 0 }
    /// A standard no intervention is linked to.
    func isUnused(_ standard: Standard.ID) -> Bool { count(linkedTo: standard) == 0 }
}
