/// What the format's rules read: the programme, and the indexes that several rules need,
/// built once for all of them.
struct RuleContext {
    let programme: Programme
    /// Each agency id's first declaration.
    let agencyFirst: [Agency.ID: Int]
    /// Each place id's first declaration.
    let placeFirst: [Place.ID: Int]
    /// Each intervention id's first declaration.
    let interventionFirst: [Intervention.ID: Int]
    /// Per intervention, by position, the position of the first declaration of its id:
    /// its own unless it repeats an id. Rules that ask this of every intervention read
    /// it here rather than hash each id again.
    let firstWithSameID: [Int]
    /// Whether level refs are checked against the framework: a custom framework without
    /// levels was already reported, and checking every ref against it would bury that one
    /// message under hundreds of echoes. The same holds for standards.
    let checksLevels: Bool
    let checksStandards: Bool

    init(programme: Programme) {
        self.programme = programme
        var agencyFirst: [Agency.ID: Int] = [:]
        for (i, agency) in programme.agencies.enumerated() where agencyFirst[agency.id] == nil {
            agencyFirst[agency.id] = i
        }
        self.agencyFirst = agencyFirst
        var placeFirst: [Place.ID: Int] = [:]
        for (i, place) in programme.places.enumerated() where placeFirst[place.id] == nil {
            placeFirst[place.id] = i
        }
        self.placeFirst = placeFirst
        var interventionFirst: [Intervention.ID: Int] = [:]
        let all = programme.interventions
        interventionFirst.reserveCapacity(all.count)
        var firstWithSameID = [Int](repeating: 0, count: all.count)
        for i in all.indices {
            // One probe of the table per id, which inserts `i` unless the id is there:
            // with a million interventions each probe is a cache miss.
            firstWithSameID[i] = Self.value(&interventionFirst[all[i].id, default: i])
        }
        self.interventionFirst = interventionFirst
        self.firstWithSameID = firstWithSameID
        let fw = programme.framework
        checksLevels = fw.kind == .cpms2019 || !fw.levels.isEmpty
        checksStandards = fw.kind == .cpms2019 || !fw.standards.isEmpty
    }

    private static func value(_ slot: inout Int) -> Int { slot }

    /// The framework's levels, innermost first, for a message that suggests one.
    var levelList: String {
        Self.list(programme.framework.levelsByRank.map(\.id.rawValue))
    }

    /// The framework's standards, for a message that suggests one.
    var standardList: String {
        if programme.framework.kind == .cpms2019 { return "an id from 1 to 28" }
        return "one of " + Self.list(programme.framework.standards.map(\.id.rawValue))
    }

    /// The declared agencies, each once, for a message that suggests one; empty with none.
    var agencyList: String {
        let ids = programme.agencies.enumerated().filter { agencyFirst[$0.element.id] == $0.offset }.map(\.element.id.rawValue)
        return ids.isEmpty ? "" : Self.list(ids)
    }

    /// The declared places, each once, for a message that suggests one; empty with none.
    var placeList: String {
        let ids = programme.places.enumerated().filter { placeFirst[$0.element.id] == $0.offset }.map(\.element.id.rawValue)
        return ids.isEmpty ? "" : Self.list(ids)
    }

    /// `items` joined with commas, the first `limit` of a long list and a count of the rest.
    static func list(_ items: [String], limit: Int = 12) -> String {
        if items.isEmpty { return "(none declared)" }
        if items.count <= limit { return items.joined(separator: ", ") }
        return items.prefix(limit).joined(separator: ", ") + " and \(items.count - limit) more"
    }
}
