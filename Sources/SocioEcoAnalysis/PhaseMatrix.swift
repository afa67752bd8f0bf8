import SocioEcoModel

/// Levels by programme phase: how many interventions at each level belong to each
/// phase, with the interventions that name no phase counted apart.
public struct PhaseMatrix: Hashable, Sendable {
    public struct Row: Hashable, Sendable {
        public var level: Level.ID
        /// Aligned with `PhaseMatrix.phases`.
        public var counts: [Int]
        /// Interventions at this level that give no phase.
        public var unspecified: Int

        public init(level: Level.ID, counts: [Int], unspecified: Int) {
            self.level = level
            self.counts = counts
            self.unspecified = unspecified
        }

        public func count(_ phase: Phase) -> Int {
            PhaseMatrix.phases.firstIndex(of: phase).map { counts[$0] } ?? 0
        }
    }

    /// The columns, in the order of the programme cycle.
    public static let phases: [Phase] = [.preparedness, .prevention, .response]

    /// One row per level, innermost first.
    public var rows: [Row]

    public init(rows: [Row]) { self.rows = rows }
}
