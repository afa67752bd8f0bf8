import SocioEcoModel

/// How much of the work at one level local and national actors lead.
public struct LevelLocalisation: Hashable, Sendable {
    public var level: Level.ID
    /// Interventions at the level.
    public var interventions: Int
    /// Of those, the ones whose lead agency is local (`Agency.isLocal`).
    public var locallyLed: Int

    public init(level: Level.ID, interventions: Int, locallyLed: Int) {
        self.level = level
        self.interventions = interventions
        self.locallyLed = locallyLed
    }

    /// `locallyLed / interventions`, or nil for a level with no interventions.
    public var share: Double? { interventions == 0 ? nil : Double(locallyLed) / Double(interventions) }

    /// The share as a whole percentage rounded half up, for reports; nil with no interventions.
    public var percent: Int? { interventions == 0 ? nil : (locallyLed * 200 + interventions) / (2 * interventions) }
}
