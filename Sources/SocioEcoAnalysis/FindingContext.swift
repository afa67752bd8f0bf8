import SocioEcoModel

/// What the finding rules read: the programme and the coverage worked out from it, and
/// the plain names findings give levels and standards.
struct FindingContext {
    let programme: Programme
    let framework: Framework
    /// Per level, innermost first.
    let levels: [LevelCoverage]
    /// The strategy standards, in framework order.
    let strategies: [Standard]
    /// Per strategy, the number of interventions linked to it.
    let strategyUse: [Int]
    /// Per strategy, whether some linked intervention sits at one of its main levels.
    let strategyOnMainLevel: [Bool]
    /// Interventions linked to no strategy standard, in file order.
    let withoutStrategy: [Intervention.ID]
    let risks: [RiskCoverage]
    /// Per level, innermost first.
    let reach: [LevelReach]
    /// Per level, innermost first.
    let localisation: [LevelLocalisation]
    /// Per place and level, the interventions working there.
    let places: PlaceCoverage
    /// Every intervention of the programme, whatever the day analysed: what gaps in time are looked for in.
    let timeline: [Intervention]

    /// "the family level (Family and caregivers)", or "the family level" with no label.
    func name(_ level: Level) -> String {
        if let label = level.label, label != level.id.rawValue { return "the \(level.id) level (\(label))" }
        return "the \(level.id) level"
    }

    func name(_ id: Level.ID) -> String {
        framework.level(id).map(name) ?? "the \(id) level"
    }

    /// "“Child-friendly spaces” (cfs)": the title people know it by, and the id that finds
    /// it in the file; the id alone when it has no title.
    func name(_ item: Intervention) -> String {
        Self.name(item.id, title: item.title)
    }

    static func name(_ id: Intervention.ID, title: String) -> String {
        title.isEmpty ? "\(id)" : "“\(title)” (\(id))"
    }

    /// A name at the start of a sentence: "Standard 15 (...)".
    func upperFirst(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.uppercased() + s.dropFirst()
    }

    /// "standard 15 (Group activities for child well-being)", or "standard 15" untitled.
    func name(_ s: Standard) -> String {
        s.title.isEmpty ? "standard \(s.id)" : "standard \(s.id) (\(s.title))"
    }

    func name(_ id: Standard.ID) -> String {
        framework.standard(id).map(name) ?? "standard \(id)"
    }

    /// "a", "a and b", "a, b and c".
    func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }
}
