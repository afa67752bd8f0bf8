import SocioEcoModel

/// The interventions at one level of the socio-ecological model.
public struct LevelCoverage: Hashable, Sendable {
    public var level: Level
    /// Interventions that work at this level, in file order.
    public var interventions: [Intervention.ID]

    public init(level: Level, interventions: [Intervention.ID]) {
        self.level = level
        self.interventions = interventions
    }

    /// Whether at least one intervention works at this level.
    public var isCovered: Bool { !interventions.isEmpty }
}
