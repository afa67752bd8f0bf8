import SocioEcoModel

/// How the coverage of one place at one level moved between two versions: the
/// interventions working there before and after.
public struct PlaceLevelShift: Hashable, Sendable {
    public var place: Place.ID
    /// The place's name in the newer file, or in the older one for a removed place.
    public var name: String
    public var level: Level.ID
    /// Interventions working there before; nil when the old file lacks the place or level.
    public var before: Int?
    /// Interventions working there after; nil when the new file lacks the place or level.
    public var after: Int?

    public init(place: Place.ID, name: String, level: Level.ID, before: Int?, after: Int?) {
        self.place = place
        self.name = name
        self.level = level
        self.before = before
        self.after = after
    }

    /// Worked there after, not before (the place and level exist after).
    public var isNowCovered: Bool { (before ?? 0) == 0 && (after ?? 0) > 0 }
    /// Worked there before, not after, the place and level still being there.
    public var isNowUncovered: Bool { (before ?? 0) > 0 && after == 0 }
}
