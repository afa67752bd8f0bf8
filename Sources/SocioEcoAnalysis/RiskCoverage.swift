import SocioEcoModel

/// Where the programme addresses one child protection risk (a Pillar 2 standard).
public struct RiskCoverage: Hashable, Sendable {
    public var risk: Standard.ID
    /// Levels at which some intervention addresses the risk, innermost first.
    public var levels: [Level.ID]
    /// Interventions linked to the risk.
    public var interventions: Int

    public init(risk: Standard.ID, levels: [Level.ID], interventions: Int) {
        self.risk = risk
        self.levels = levels
        self.interventions = interventions
    }

    /// Whether any intervention addresses the risk.
    public var isAddressed: Bool { interventions > 0 }
}
