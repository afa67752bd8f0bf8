extension GuidanceCatalogue {
    /// What the suggestions draw on for `framework`: the built-in catalogue for CPMS 2019;
    /// for a custom framework its own guidance first, then entries made from its strategy
    /// standards for each strategy and level its own guidance leaves without an entry, so
    /// that every hole still gets a suggestion.
    public static func forSuggestions(_ framework: Framework) -> GuidanceCatalogue {
        let guidance = framework.guidance
        guard framework.kind == .custom else { return guidance }
        let derived = derived(from: framework)
        if guidance.isEmpty { return derived }
        let ids = Set(guidance.entries.map(\.id))
        let filling = derived.entries.filter { entry in
            !ids.contains(entry.id) && !guidance.entries.contains { own in
                own.standard == entry.standard && !Set(own.levels).isDisjoint(with: entry.levels)
            }
        }
        let provenance = filling.isEmpty ? guidance.provenance : guidance.provenance + ", then its strategy standards"
        return GuidanceCatalogue(entries: guidance.entries + filling, provenance: provenance)
    }

    /// The note beside suggestions made from a framework's own standards.
    public static let derivedProvenance = "made from the framework's own strategy standards"

    /// One entry per strategy standard (other than the approach) and level it mainly acts
    /// at (every level when it names none), in framework order; a level no strategy names gets one entry under the first
    /// strategy, or the first standard, so that every level has something to suggest.
    static func derived(from framework: Framework) -> GuidanceCatalogue {
        var entries: [GuidanceEntry] = []
        let strategies = framework.strategies.filter { !$0.isApproach }
        for s in strategies {
            // A strategy that names no main level may act at any.
            for level in framework.levelsByRank.map(\.id) where s.mainLevels.isEmpty || s.mainLevels.contains(level) {
                let name = s.title.isEmpty ? "standard \(s.id)" : s.title
                entries.append(GuidanceEntry(
                    id: GuidanceEntry.ID("g-\(s.id)-\(level)"),
                    title: Self.shortened(name),
                    summary: "The framework's standard \(s.id) names the \(level) level among those it mainly acts at; an intervention that puts it into practice there fills the hole.",
                    standard: s.id, levels: [level], phases: Phase.allCases))
            }
        }
        guard let fallback = (strategies.first ?? framework.standards.first)?.id else {
            return GuidanceCatalogue(entries: entries, provenance: derivedProvenance)
        }
        for level in framework.levelsByRank.map(\.id) where !entries.contains(where: { $0.levels.contains(level) }) {
            entries.append(GuidanceEntry(
                id: GuidanceEntry.ID("g-\(fallback)-\(level)"),
                title: Self.shortened("Work at the \(level) level"),
                summary: "No strategy standard of the framework names the \(level) level; agree with partners what work there would protect children, and link it to the standard it serves.",
                standard: fallback, levels: [level], phases: Phase.allCases))
        }
        return GuidanceCatalogue(entries: entries, provenance: derivedProvenance)
    }

    /// A title that fits `GuidanceEntry.titleLimit` characters, cut with an ellipsis.
    private static func shortened(_ text: String) -> String {
        text.count <= GuidanceEntry.titleLimit ? text : String(text.prefix(GuidanceEntry.titleLimit - 1)) + "…"
    }
}
