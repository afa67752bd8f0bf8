/// The programme format in one table: each element type with its child elements in
/// order and their cardinality, and its attributes in the order the canonical form
/// writes them, whether each is required and its value type.
///
/// The structure checker reads it to check a file and the writer to spell and order
/// what it writes, so that a new attribute is one row here; a test holds the table
/// against `Schemas/programme.xsd`, the published contract.
enum FormatVocabulary {
    /// The element that may stand as the document's root.
    static let root = ElementRule.Particle(name: .programme, min: 1, max: 1, kind: .programme)

    static func rule(_ kind: ElementRule.Kind) -> ElementRule { rules[kind.rawValue] }

    /// Indexed by `Kind.rawValue`, which the checker looks up for every element read.
    private static let rules: [ElementRule] = {
        precondition(table.map(\.kind) == ElementRule.Kind.allCases, "FormatVocabulary.table is out of Kind order")
        return table
    }()

    private typealias P = ElementRule.Particle
    private typealias A = ElementRule.AttributeRule
    private static let unbounded = ElementRule.Particle.unbounded

    private static let table: [ElementRule] = [
        ElementRule(kind: .programme, schemaType: "Programme", content: .elements, particles: [
            P(name: .title, min: 1, max: 1, kind: .title),
            P(name: .description, min: 0, max: 1, kind: .text),
            P(name: .context, min: 0, max: 1, kind: .context),
            P(name: .framework, min: 0, max: 1, kind: .framework),
            P(name: .agencies, min: 0, max: 1, kind: .agencies),
            P(name: .places, min: 0, max: 1, kind: .places),
            P(name: .interventions, min: 1, max: 1, kind: .interventions),
        ], allowsExtensions: true, attributes: [
            A(name: .id, required: true, type: .id),
            A(name: .framework, required: false, type: .frameworkKind),
            A(name: .revision, required: false, type: .nonNegativeInteger),
            A(name: .updated, required: false, type: .date),
        ]),
        ElementRule(kind: .title, schemaType: "Title", content: .text(nonBlank: true)),
        // description
        ElementRule(kind: .text, schemaType: "Text", content: .text(nonBlank: false)),
        ElementRule(kind: .context, schemaType: "Context", content: .empty, attributes: [
            A(name: .crisis, required: false, type: .crisis),
            A(name: .location, required: false, type: .string),
            A(name: .start, required: false, type: .date),
            A(name: .end, required: false, type: .date),
        ]),
        ElementRule(kind: .framework, schemaType: "Framework", content: .elements, particles: [
            P(name: .level, min: 2, max: unbounded, kind: .frameworkLevel),
            P(name: .standard, min: 1, max: unbounded, kind: .frameworkStandard),
        ], attributes: [
            A(name: .id, required: false, type: .id),
        ]),
        ElementRule(kind: .frameworkLevel, schemaType: "FrameworkLevel", content: .empty, attributes: [
            A(name: .id, required: true, type: .id),
            A(name: .rank, required: true, type: .positiveInteger),
            A(name: .label, required: false, type: .string),
        ]),
        ElementRule(kind: .frameworkStandard, schemaType: "FrameworkStandard", content: .titleTextOrElements(titleAttribute: .title), particles: [
            P(name: .guidance, min: 0, max: unbounded, kind: .guidance),
        ], attributes: [
            A(name: .id, required: true, type: .id),
            A(name: .pillar, required: true, type: .positiveInteger),
            A(name: .strategy, required: true, type: .boolean),
            A(name: .levels, required: false, type: .idList),
            A(name: .approach, required: false, type: .boolean),
            A(name: .title, required: false, type: .string),
        ]),
        ElementRule(kind: .guidance, schemaType: "Guidance", content: .text(nonBlank: true), attributes: [
            A(name: .id, required: true, type: .id),
            A(name: .title, required: true, type: .nonBlankText),
            A(name: .levels, required: true, type: .idList),
            A(name: .phases, required: true, type: .phaseList),
        ]),
        ElementRule(kind: .agencies, schemaType: "Agencies", content: .elements, particles: [
            P(name: .agency, min: 1, max: unbounded, kind: .agency),
        ]),
        ElementRule(kind: .agency, schemaType: "Agency", content: .elements, allowsExtensions: true, attributes: [
            A(name: .id, required: true, type: .id),
            A(name: .name, required: true, type: .string),
            A(name: .type, required: true, type: .agencyType),
            A(name: .local, required: false, type: .boolean),
        ]),
        ElementRule(kind: .places, schemaType: "Places", content: .elements, particles: [
            P(name: .place, min: 1, max: unbounded, kind: .place),
        ]),
        ElementRule(kind: .place, schemaType: "Place", content: .elements, allowsExtensions: true, attributes: [
            A(name: .id, required: true, type: .id),
            A(name: .name, required: true, type: .string),
            A(name: .pcode, required: false, type: .string),
            A(name: .adminLevel, required: false, type: .adminLevel),
            A(name: .parent, required: false, type: .id),
        ]),
        ElementRule(kind: .interventions, schemaType: "Interventions", content: .elements, particles: [
            P(name: .intervention, min: 0, max: unbounded, kind: .intervention),
        ]),
        ElementRule(kind: .intervention, schemaType: "Intervention", content: .elements, particles: [
            P(name: .title, min: 1, max: 1, kind: .title),
            P(name: .description, min: 0, max: 1, kind: .text),
            P(name: .level, min: 1, max: unbounded, kind: .ref),
            P(name: .standard, min: 0, max: unbounded, kind: .ref),
            P(name: .reaches, min: 0, max: unbounded, kind: .reaches),
            P(name: .partner, min: 0, max: unbounded, kind: .ref),
            P(name: .place, min: 0, max: unbounded, kind: .ref),
            P(name: .indicator, min: 0, max: unbounded, kind: .indicator),
            P(name: .dependsOn, min: 0, max: unbounded, kind: .ref),
        ], allowsExtensions: true, attributes: [
            A(name: .id, required: true, type: .id),
            A(name: .lead, required: false, type: .id),
            A(name: .phase, required: false, type: .phase),
            A(name: .status, required: false, type: .status),
            A(name: .start, required: false, type: .date),
            A(name: .end, required: false, type: .date),
        ]),
        // level, standard, partner, place and depends-on inside an intervention
        ElementRule(kind: .ref, schemaType: "Ref", content: .empty, attributes: [
            A(name: .ref, required: true, type: .id),
        ]),
        ElementRule(kind: .reaches, schemaType: "Reaches", content: .empty, attributes: [
            A(name: .group, required: true, type: .id),
        ]),
        ElementRule(kind: .indicator, schemaType: "Indicator", content: .text(nonBlank: false), attributes: [
            A(name: .id, required: true, type: .id),
            A(name: .target, required: false, type: .decimal),
            A(name: .unit, required: false, type: .unit),
        ]),
    ]
}
