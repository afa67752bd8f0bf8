import SocioEcoModel

/// Which agencies work at one level, and in how many interventions: the coordination
/// view of a model that several agencies lead in (a joint file from `merge`).
public struct LevelAgencies: Hashable, Sendable {
    /// One agency's work at the level.
    public struct Work: Hashable, Sendable {
        public var agency: Agency.ID
        /// Interventions at the level that the agency leads.
        public var lead: Int
        /// Interventions at the level where it is a partner.
        public var partner: Int

        public init(agency: Agency.ID, lead: Int, partner: Int) {
            self.agency = agency
            self.lead = lead
            self.partner = partner
        }
    }

    public var level: Level.ID
    /// Agencies that lead or partner at least one intervention here, in declaration order.
    public var agencies: [Work]

    public init(level: Level.ID, agencies: [Work]) {
        self.level = level
        self.agencies = agencies
    }
}
