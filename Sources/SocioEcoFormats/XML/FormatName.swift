/// The element and attribute names of the programme format, as tokens the reader
/// compares by number instead of by string.
enum FormatName: Int, CaseIterable {
    // The namespace itself is interned under a token of its own.
    case namespace = 0
    // Elements.
    case programme, title, description, context, framework, level, standard, agencies, agency
    case places, place, interventions, intervention, reaches, partner, indicator, dependsOn, guidance
    // Attributes (no namespace); `framework` doubles as the root's attribute, `title` as
    // the attribute of a framework's standard and of a guidance entry.
    case id, revision, updated, crisis, location, start, end, rank, label
    case pillar, strategy, levels, name, type, local, lead, phase, status, ref, group, target, unit
    case pcode, adminLevel, parent, approach, phases

    /// The name as the format spells it.
    var text: String { Self.texts[rawValue] }

    /// Worked out once per process: `String(describing:)` goes through reflection, which
    /// cost more than reading a small file when it ran for every file read.
    private static let texts: [String] = allCases.map { name in
        switch name {
        case .namespace: return ProgrammeXML.namespace
        case .dependsOn: return "depends-on"
        case .adminLevel: return "admin-level"
        default: return String(describing: name)
        }
    }
}
