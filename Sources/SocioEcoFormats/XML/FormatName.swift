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

    /// The name as the format spells it: literals, since `String(describing:)` goes
    /// through reflection, which cost more than reading a small file.
    var text: String {
        switch self {
        case .namespace: ProgrammeXML.namespace
        case .programme: "programme"
        case .title: "title"
        case .description: "description"
        case .context: "context"
        case .framework: "framework"
        case .level: "level"
        case .standard: "standard"
        case .agencies: "agencies"
        case .agency: "agency"
        case .places: "places"
        case .place: "place"
        case .interventions: "interventions"
        case .intervention: "intervention"
        case .reaches: "reaches"
        case .partner: "partner"
        case .indicator: "indicator"
        case .dependsOn: "depends-on"
        case .guidance: "guidance"
        case .id: "id"
        case .revision: "revision"
        case .updated: "updated"
        case .crisis: "crisis"
        case .location: "location"
        case .start: "start"
        case .end: "end"
        case .rank: "rank"
        case .label: "label"
        case .pillar: "pillar"
        case .strategy: "strategy"
        case .levels: "levels"
        case .name: "name"
        case .type: "type"
        case .local: "local"
        case .lead: "lead"
        case .phase: "phase"
        case .status: "status"
        case .ref: "ref"
        case .group: "group"
        case .target: "target"
        case .unit: "unit"
        case .pcode: "pcode"
        case .adminLevel: "admin-level"
        case .parent: "parent"
        case .approach: "approach"
        case .phases: "phases"
        }
    }
}
