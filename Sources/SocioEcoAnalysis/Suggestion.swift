import SocioEcoModel

/// One hole the analysis found, with the kinds of intervention that could fill it, best
/// first.
public struct Suggestion: Hashable, Sendable {
    /// A kind of intervention offered for the hole, with the agencies that could lead it.
    public struct Option: Hashable, Sendable {
        public var entry: GuidanceEntry
        /// Whether the entry's standard mainly acts at the hole's level (or, for an unused
        /// strategy, the entry works at one of the strategy's main levels).
        public var matchesHole: Bool
        /// Agencies already working next to the hole (at a neighbouring level, or in a
        /// neighbouring place or time), those already working on the entry's standard
        /// first, local actors first among them; at most `Suggestions.leadLimit`.
        public var possibleLeads: [Agency.ID]
        /// Whether the first possible leads already work on the entry's standard.
        public var reusesAgencies: Bool

        public init(entry: GuidanceEntry, matchesHole: Bool, possibleLeads: [Agency.ID], reusesAgencies: Bool) {
            self.entry = entry
            self.matchesHole = matchesHole
            self.possibleLeads = possibleLeads
            self.reusesAgencies = reusesAgencies
        }
    }

    /// The finding that names the hole: one of `Suggestions.holeCodes`.
    public var code: Finding.Code
    public var subject: Finding.Subject
    /// The level the hole is at; for an unused strategy, its first main level if any.
    public var level: Level.ID?
    /// Best first.
    public var options: [Option]

    public init(code: Finding.Code, subject: Finding.Subject, level: Level.ID?, options: [Option]) {
        self.code = code
        self.subject = subject
        self.level = level
        self.options = options
    }

    /// What the hole is, in a few plain words for a heading: "society level", "family
    /// level in camp-27", "standard 20 unused".
    public var hole: String {
        switch subject {
        case .level(let l): return code == .levelGapInTime ? "\(l) level, gap in time" : "\(l) level"
        case .placeLevel(let p, let l): return "\(l) level in \(p)"
        case .standard(let s): return "standard \(s), unused"
        case .group(let g, let l): return "\(g) at the \(l) level"
        case .programme, .intervention: return subject.label
        }
    }
}
