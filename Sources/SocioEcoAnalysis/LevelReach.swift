import SocioEcoModel

/// The population groups that interventions at one level reach.
public struct LevelReach: Hashable, Sendable {
    public struct Group: Hashable, Sendable {
        public var group: PopulationGroup
        /// Interventions at the level that reach the group.
        public var interventions: Int

        public init(group: PopulationGroup, interventions: Int) {
            self.group = group
            self.interventions = interventions
        }
    }

    public var level: Level.ID
    /// Groups reached, sorted by id (byte order).
    public var groups: [Group]

    public init(level: Level.ID, groups: [Group]) {
        self.level = level
        self.groups = groups
    }

    public func reaches(_ group: PopulationGroup) -> Bool { groups.contains { $0.group == group } }
}
