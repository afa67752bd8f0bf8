extension Programme {
    /// The first agency with this id.
    public func agency(_ id: Agency.ID) -> Agency? { agencies.first { $0.id == id } }

    /// The first intervention with this id.
    public func intervention(_ id: Intervention.ID) -> Intervention? { interventions.first { $0.id == id } }

    /// Interventions that work at `level`, in file order.
    public func interventions(at level: Level.ID) -> [Intervention] {
        interventions.filter { $0.levels.contains(level) }
    }

    /// Interventions linked to `standard`, in file order.
    public func interventions(linkedTo standard: Standard.ID) -> [Intervention] {
        interventions.filter { $0.standards.contains(standard) }
    }

    /// Agencies keyed by id (the first of each id), for callers that look up many.
    public var agencyIndex: [Agency.ID: Agency] {
        var index: [Agency.ID: Agency] = [:]
        for a in agencies where index[a.id] == nil { index[a.id] = a }
        return index
    }
}
