import SocioEcoModel

/// What ranking reads about a programme: who works where, which phase most work is in,
/// and the place tree.
struct SuggestionContext {
    let programme: Programme
    private let levels: [Level.ID]
    private let parent: [Place.ID: Place.ID]
    private let local: Set<Agency.ID>
    private let mainPhase: Phase?
    /// The entries the framework itself gives, which rank before those made from its
    /// standards: its authors wrote them for these holes.
    private let ownGuidance: Set<GuidanceEntry.ID>
    /// Each agency's position in the file, the last tie-break between possible leads;
    /// made once here rather than for every option ranked.
    private let order: [Agency.ID: Int]

    init(_ programme: Programme) {
        self.programme = programme
        levels = programme.framework.levelsByRank.map(\.id)
        var parent: [Place.ID: Place.ID] = [:]
        for p in programme.places where parent[p.id] == nil { parent[p.id] = p.parent }
        self.parent = parent
        local = Set(programme.agencies.filter { $0.local == true }.map(\.id))
        // One pass, reading each intervention's phase in place: a pass per phase copied
        // every intervention once per phase.
        var counts = [Int](repeating: 0, count: Phase.allCases.count)
        let interventions = programme.interventions
        for i in interventions.indices {
            if let phase = interventions[i].phase, let k = Phase.allCases.firstIndex(of: phase) { counts[k] += 1 }
        }
        let best = counts.max() ?? 0
        mainPhase = best == 0 ? nil : Phase.allCases[counts.firstIndex(of: best)!]
        ownGuidance = Set(programme.framework.guidance.entries.map(\.id))
        order = Dictionary(programme.agencies.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Whether `place` is `ancestor` or lies inside it; a cycle (an invalid model) ends the walk.
    func place(_ place: Place.ID, isInside ancestor: Place.ID) -> Bool {
        var current: Place.ID? = place
        var steps = 0
        while let c = current, steps <= parent.count {
            if c == ancestor { return true }
            current = parent[c]
            steps += 1
        }
        return false
    }

    /// Whether `item` works in `place`: it names no place, or names it or a place around it.
    private func works(_ item: Intervention, in place: Place.ID) -> Bool {
        item.places.isEmpty || item.places.contains { self.place(place, isInside: $0) }
    }

    private func neighbourLevels(of level: Level.ID) -> [Level.ID] {
        guard let i = levels.firstIndex(of: level) else { return [] }
        return [i - 1, i + 1].filter { levels.indices.contains($0) }.map { levels[$0] }
    }

    /// The interventions next to a hole, whose agencies could take on the work.
    private func neighbours(of finding: Finding) -> [Intervention] {
        let all = programme.interventions
        switch finding.subject {
        case .level(let l) where finding.code == .levelGapInTime:
            return all.filter { $0.levels.contains(l) }
        case .level(let l):
            let near = neighbourLevels(of: l)
            return all.filter { !Set($0.levels).isDisjoint(with: near) }
        case .placeLevel(let p, let l):
            let near = neighbourLevels(of: l)
            // An intervention works in a sibling when it names the sibling or a place around
            // it, which (siblings sharing a parent) is the parent or one of its ancestors.
            var around = Set(programme.places.filter { $0.parent == parent[p] && $0.id != p }.map(\.id))
            let hasSiblings = !around.isEmpty
            var up = parent[p]
            while let u = up, around.insert(u).inserted { up = parent[u] }
            return all.filter { item in
                (hasSiblings && item.levels.contains(l) && (item.places.isEmpty || item.places.contains(where: around.contains)))
                    || (works(item, in: p) && !Set(item.levels).isDisjoint(with: near))
            }
        case .standard(let s):
            let main = programme.framework.standard(s)?.mainLevels ?? []
            return all.filter { !Set($0.levels).isDisjoint(with: main) }
        case .group(_, let l):
            return all.filter { $0.levels.contains(l) }
        case .programme, .intervention:
            return []
        }
    }

    func suggestion(for finding: Finding, catalogue: GuidanceCatalogue) -> Suggestion {
        let fw = programme.framework
        let level: Level.ID?
        let candidates: [(entry: GuidanceEntry, matches: Bool)]
        switch finding.subject {
        case .standard(let s):
            let main = fw.standard(s)?.mainLevels ?? []
            level = main.first
            candidates = catalogue.entries(for: s).map { ($0, !Set($0.levels).isDisjoint(with: main)) }
        case .level(let l), .placeLevel(_, let l), .group(_, let l):
            level = l
            candidates = catalogue.entries(at: l).map { e in
                let standard = fw.standard(e.standard)
                return (e, standard?.isApproach == true || standard?.mainLevels.contains(l) == true)
            }
        case .programme, .intervention:
            level = nil
            candidates = []
        }
        let near = neighbours(of: finding)
        let ranked = candidates.enumerated().map { index, c -> (key: [Int], option: Suggestion.Option) in
            let option = self.option(c.entry, matches: c.matches, near: near)
            let key = [
                c.matches ? 0 : 1,
                ownGuidance.contains(c.entry.id) ? 0 : 1,
                option.reusesAgencies ? 0 : 1,
                option.reusesAgencies && option.possibleLeads.first.map(local.contains) == true ? 0 : 1,
                mainPhase.map { c.entry.phases.contains($0) } == false ? 1 : 0,
                index,
            ]
            return (key, option)
        }
        let options = ranked.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map(\.option)
        return Suggestion(code: finding.code, subject: finding.subject, level: level, options: options)
    }

    /// The entry with the agencies near the hole as possible leads: those already working
    /// on its standard first, local actors first, then the most interventions, then
    /// declaration order.
    private func option(_ entry: GuidanceEntry, matches: Bool, near: [Intervention]) -> Suggestion.Option {
        var sameStandard: [Agency.ID: Int] = [:]
        var other: [Agency.ID: Int] = [:]
        for item in near {
            let onStandard = item.standards.contains(entry.standard)
            func count(_ agency: Agency.ID) {
                if onStandard { sameStandard[agency, default: 0] += 1 } else { other[agency, default: 0] += 1 }
            }
            if let lead = item.lead { count(lead) }
            for agency in item.partners { count(agency) }
        }
        func sorted(_ tally: [Agency.ID: Int]) -> [Agency.ID] {
            // Each agency's key is worked out once, not twice per comparison (hashing
            // its id three times), and as a tuple, which orders as the array did
            // without an allocation.
            tally.map { agency, n in (key: (local.contains(agency) ? 0 : 1, -n, order[agency] ?? .max), agency: agency) }
                .sorted { a, b in
                    a.key != b.key ? a.key < b.key : a.agency.rawValue.utf8.lexicographicallyPrecedes(b.agency.rawValue.utf8)
                }
                .map(\.agency)
        }
        let first = sorted(sameStandard)
        let rest = sorted(other.filter { sameStandard[$0.key] == nil })
        return Suggestion.Option(entry: entry, matchesHole: matches,
                                 possibleLeads: Array((first + rest).prefix(Suggestions.leadLimit)),
                                 reusesAgencies: !first.isEmpty)
    }
}
