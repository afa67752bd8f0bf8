/// A standard of a framework, such as CPMS standard 16, "Strengthening family and
/// caregiving environments".
public struct Standard: Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<Standard>

    public var id: ID
    public var pillar: Int
    /// Whether interventions are expected to link to it as their strategy
    /// (CPMS 2019: the Pillar 3 standards, 14 to 20).
    public var isStrategy: Bool
    public var title: String
    /// The levels the standard's key actions mainly address, in the order given.
    /// Empty when the framework does not say.
    public var mainLevels: [Level.ID]
    /// Whether the standard is the socio-ecological approach itself (CPMS 2019: 14): met by
    /// the programme as a whole working at every level, not by interventions linking to it.
    public var isApproach: Bool
    /// A custom framework's own kinds of intervention for this standard, in the order the
    /// framework gives them; each names this standard. Empty for CPMS 2019, whose guidance
    /// is the built-in catalogue.
    public var guidance: [GuidanceEntry]

    public init(id: ID, pillar: Int, isStrategy: Bool, title: String, mainLevels: [Level.ID] = [], isApproach: Bool = false,
                guidance: [GuidanceEntry] = []) {
        self.id = id
        self.pillar = pillar
        self.isStrategy = isStrategy
        self.title = title
        self.mainLevels = mainLevels
        self.isApproach = isApproach
        self.guidance = guidance
    }
}
