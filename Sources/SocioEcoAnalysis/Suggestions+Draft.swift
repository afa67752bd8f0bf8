import SocioEcoModel

extension Suggestions {
    /// One planned placeholder intervention added for a hole.
    public struct DraftAddition: Hashable, Sendable {
        /// Where the intervention is in the draft's `interventions`.
        public var index: Int
        /// The hole it fills: the finding's code and subject, as `code:subject`.
        public var hole: String
        /// The guidance entry it was made from.
        public var entry: GuidanceEntry.ID
    }

    /// `programme` with one planned intervention per hole that has an option, made from
    /// the best option: its title, the hole's level (and place, or group), the entry's
    /// standard, and the possible leads in its description. No lead is set: the
    /// coordination group agrees one. Ids are `draft-1`, `draft-2`, ... skipping any the
    /// programme already uses.
    public func draft(of programme: Programme) -> (programme: Programme, additions: [DraftAddition]) {
        var result = programme
        var taken = Set(programme.interventions.map(\.id))
        var additions: [DraftAddition] = []
        var n = 0
        for item in items {
            guard let best = item.options.first else { continue }
            var id: Intervention.ID
            repeat {
                n += 1
                id = Intervention.ID("draft-\(n)")
            } while taken.contains(id)
            taken.insert(id)
            var levels: [Level.ID] = []
            var places: [Place.ID] = []
            var reaches: [PopulationGroup] = []
            switch item.subject {
            case .level(let l): levels = [l]
            case .placeLevel(let p, let l): levels = [l]; places = [p]
            case .group(let g, let l): levels = [l]; reaches = [g]
            case .standard(let s):
                let main = programme.framework.standard(s)?.mainLevels ?? []
                levels = best.entry.levels.filter(main.contains)
                if levels.isEmpty { levels = best.entry.levels }
            case .programme, .intervention: levels = best.entry.levels
            }
            var description = "Draft made by socioeco suggest for the hole '\(item.hole)': \(best.entry.summary)"
            if !best.possibleLeads.isEmpty {
                description += " Possible leads: " + best.possibleLeads.map(\.rawValue).joined(separator: ", ") + "."
            }
            result.interventions.append(Intervention(
                id: id, status: .planned, title: best.entry.title, description: description, levels: levels,
                standards: [best.entry.standard], reaches: reaches, places: places))
            additions.append(DraftAddition(index: result.interventions.count - 1, hole: "\(item.code.rawValue):\(item.subject.label)",
                                           entry: best.entry.id))
        }
        return (result, additions)
    }
}
