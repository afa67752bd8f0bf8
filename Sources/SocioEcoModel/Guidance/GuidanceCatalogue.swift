/// Kinds of intervention that could fill each hole in a programme's coverage, in a fixed
/// order, with a note saying whose reading they are.
public struct GuidanceCatalogue: Hashable, Sendable {
    /// In catalogue order: by standard as the framework lists them, then by the level the
    /// entry id names, innermost first.
    public let entries: [GuidanceEntry]
    /// Who wrote the entries, for every report that shows one.
    public let provenance: String

    public init(entries: [GuidanceEntry], provenance: String) {
        self.entries = entries
        self.provenance = provenance
    }

    /// A catalogue with nothing to suggest: what a custom framework without guidance of its
    /// own gets.
    public static let empty = GuidanceCatalogue(entries: [], provenance: "")

    public var isEmpty: Bool { entries.isEmpty }

    public func entry(_ id: GuidanceEntry.ID) -> GuidanceEntry? { entries.first { $0.id == id } }

    /// The entries that put `standard` into practice, in catalogue order.
    public func entries(for standard: Standard.ID) -> [GuidanceEntry] {
        entries.filter { $0.standard == standard }
    }

    /// The entries that work at `level`, in catalogue order.
    public func entries(at level: Level.ID) -> [GuidanceEntry] {
        entries.filter { $0.levels.contains(level) }
    }

    /// The entries that put `standard` into practice at `level`, in catalogue order.
    public func entries(for standard: Standard.ID, at level: Level.ID) -> [GuidanceEntry] {
        entries.filter { $0.standard == standard && $0.levels.contains(level) }
    }

    /// The entries that fit `phase`, in catalogue order.
    public func entries(fitting phase: Phase) -> [GuidanceEntry] {
        entries.filter { $0.phases.contains(phase) }
    }
}
