/// The content model and attributes of one element type of the format, as
/// `Schemas/programme.xsd` declares them: the table the structure checker reads.
struct ElementRule: Sendable {
    /// The element types of the XSD (several elements share one, as `Ref` does).
    enum Kind: Int, Sendable {
        case programme, title, text, context, framework, frameworkLevel, frameworkStandard
        case agencies, agency, interventions, intervention, ref, reaches, indicator
    }

    enum Content: Sendable {
        /// Child elements only, in `particles` order, with whitespace between them.
        case elements
        /// Character data only; `nonBlank` when it must hold a non-whitespace character.
        case text(nonBlank: Bool)
        /// Nothing at all, not even whitespace (comments and processing instructions aside).
        case empty
    }

    /// One element of a sequence, with its cardinality.
    struct Particle: Sendable {
        var name: FormatName
        var min: Int
        var max: Int
        var kind: Kind
    }

    struct AttributeRule: Sendable {
        var name: FormatName
        var required: Bool
        var type: ValueType
    }

    var content: Content
    var particles: [Particle] = []
    /// Whether elements of another namespace may follow the particles (an extension point).
    var allowsExtensions = false
    var attributes: [AttributeRule] = []

    static func rule(_ kind: Kind) -> ElementRule { table[kind.rawValue] }

    /// The element that may stand as the document's root.
    static let root = Particle(name: .programme, min: 1, max: 1, kind: .programme)

    private static let unbounded = Int.max

    /// Indexed by `Kind.rawValue`.
    private static let table: [ElementRule] = [
        // programme
        ElementRule(content: .elements, particles: [
            Particle(name: .title, min: 1, max: 1, kind: .title),
            Particle(name: .description, min: 0, max: 1, kind: .text),
            Particle(name: .context, min: 0, max: 1, kind: .context),
            Particle(name: .framework, min: 0, max: 1, kind: .framework),
            Particle(name: .agencies, min: 0, max: 1, kind: .agencies),
            Particle(name: .interventions, min: 1, max: 1, kind: .interventions),
        ], allowsExtensions: true, attributes: [
            AttributeRule(name: .id, required: true, type: .id),
            AttributeRule(name: .framework, required: false, type: .frameworkKind),
            AttributeRule(name: .revision, required: false, type: .nonNegativeInteger),
            AttributeRule(name: .updated, required: false, type: .date),
        ]),
        // title
        ElementRule(content: .text(nonBlank: true)),
        // text (description)
        ElementRule(content: .text(nonBlank: false)),
        // context
        ElementRule(content: .empty, attributes: [
            AttributeRule(name: .crisis, required: false, type: .crisis),
            AttributeRule(name: .location, required: false, type: .string),
            AttributeRule(name: .start, required: false, type: .date),
            AttributeRule(name: .end, required: false, type: .date),
        ]),
        // framework
        ElementRule(content: .elements, particles: [
            Particle(name: .level, min: 2, max: unbounded, kind: .frameworkLevel),
            Particle(name: .standard, min: 1, max: unbounded, kind: .frameworkStandard),
        ], attributes: [
            AttributeRule(name: .id, required: false, type: .id),
        ]),
        // frameworkLevel
        ElementRule(content: .empty, attributes: [
            AttributeRule(name: .id, required: true, type: .id),
            AttributeRule(name: .rank, required: true, type: .positiveInteger),
            AttributeRule(name: .label, required: false, type: .string),
        ]),
        // frameworkStandard
        ElementRule(content: .text(nonBlank: false), attributes: [
            AttributeRule(name: .id, required: true, type: .id),
            AttributeRule(name: .pillar, required: true, type: .positiveInteger),
            AttributeRule(name: .strategy, required: true, type: .boolean),
            AttributeRule(name: .levels, required: false, type: .idList),
        ]),
        // agencies
        ElementRule(content: .elements, particles: [
            Particle(name: .agency, min: 1, max: unbounded, kind: .agency),
        ]),
        // agency
        ElementRule(content: .elements, allowsExtensions: true, attributes: [
            AttributeRule(name: .id, required: true, type: .id),
            AttributeRule(name: .name, required: true, type: .string),
            AttributeRule(name: .type, required: true, type: .agencyType),
            AttributeRule(name: .local, required: false, type: .boolean),
        ]),
        // interventions
        ElementRule(content: .elements, particles: [
            Particle(name: .intervention, min: 0, max: unbounded, kind: .intervention),
        ]),
        // intervention
        ElementRule(content: .elements, particles: [
            Particle(name: .title, min: 1, max: 1, kind: .title),
            Particle(name: .description, min: 0, max: 1, kind: .text),
            Particle(name: .level, min: 1, max: unbounded, kind: .ref),
            Particle(name: .standard, min: 0, max: unbounded, kind: .ref),
            Particle(name: .reaches, min: 0, max: unbounded, kind: .reaches),
            Particle(name: .partner, min: 0, max: unbounded, kind: .ref),
            Particle(name: .indicator, min: 0, max: unbounded, kind: .indicator),
            Particle(name: .dependsOn, min: 0, max: unbounded, kind: .ref),
        ], allowsExtensions: true, attributes: [
            AttributeRule(name: .id, required: true, type: .id),
            AttributeRule(name: .lead, required: false, type: .id),
            AttributeRule(name: .phase, required: false, type: .phase),
            AttributeRule(name: .status, required: false, type: .status),
        ]),
        // ref: level, standard, partner and depends-on inside an intervention
        ElementRule(content: .empty, attributes: [
            AttributeRule(name: .ref, required: true, type: .id),
        ]),
        // reaches
        ElementRule(content: .empty, attributes: [
            AttributeRule(name: .group, required: true, type: .id),
        ]),
        // indicator
        ElementRule(content: .text(nonBlank: false), attributes: [
            AttributeRule(name: .id, required: true, type: .id),
            AttributeRule(name: .target, required: false, type: .decimal),
            AttributeRule(name: .unit, required: false, type: .unit),
        ]),
    ]
}
