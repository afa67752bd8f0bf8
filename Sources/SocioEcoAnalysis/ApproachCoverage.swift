import SocioEcoModel

/// Whether the programme as a whole applies the socio-ecological approach: it works
/// at every level of the framework (CPMS standard 14).
public struct ApproachCoverage: Hashable, Sendable {
    /// The standard that asks for it: `14` under CPMS 2019; in a custom framework, the
    /// standard marked `approach="true"`, if there is one.
    public var standard: Standard.ID?
    /// Levels with no intervention, innermost first.
    public var uncoveredLevels: [Level.ID]

    public init(standard: Standard.ID?, uncoveredLevels: [Level.ID]) {
        self.standard = standard
        self.uncoveredLevels = uncoveredLevels
    }

    /// Met only when every level is covered.
    public var isMet: Bool { uncoveredLevels.isEmpty }

    /// What every report writes beside the approach standard instead of a count of the
    /// interventions linked to it: "met", or "not met (uncovered: society)".
    public var status: String {
        isMet ? "met" : "not met (uncovered: " + uncoveredLevels.map(\.rawValue).joined(separator: ", ") + ")"
    }
}
