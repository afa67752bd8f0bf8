import SocioEcoModel

/// How the coverage of one level moved.
public struct LevelShift: Hashable, Sendable {
    public var level: Level.ID
    /// Interventions at the level before; nil when the old framework lacks the level.
    public var before: Int?
    /// Interventions after; nil when the new framework lacks the level.
    public var after: Int?

    public init(level: Level.ID, before: Int?, after: Int?) {
        self.level = level
        self.before = before
        self.after = after
    }

    public var isChanged: Bool { before != after }
    /// Covered after, not before.
    public var isNowCovered: Bool { (before ?? 0) == 0 && (after ?? 0) > 0 && after != nil }
    /// Covered before, not after.
    public var isNowUncovered: Bool { (before ?? 0) > 0 && (after ?? 0) == 0 && after != nil }
}
