/// The content model and attributes of one element type of the format, as
/// `Schemas/programme.xsd` declares them: one row of `FormatVocabulary`.
///
/// A class: the checker looks a rule up for every element and attribute read, and a
/// struct holding two arrays cost a copy, with their reference counting, each time.
final class ElementRule: Sendable {
    /// The element types of the XSD (several elements share one, as `Ref` does).
    enum Kind: Int, CaseIterable, Sendable {
        case programme, title, text, context, framework, frameworkLevel, frameworkStandard, guidance
        case agencies, agency, places, place, interventions, intervention, ref, reaches, indicator
    }

    enum Content: Equatable, Sendable {
        /// Child elements only, in `particles` order, with whitespace between them.
        case elements
        /// Character data only; `nonBlank` when it must hold a non-whitespace character.
        case text(nonBlank: Bool)
        /// Nothing at all, not even whitespace (comments and processing instructions aside).
        case empty
        /// Chosen by one attribute: without `titleAttribute`, the title as text, as
        /// `.text(nonBlank: false)`; with it, child elements as `.elements`. The XSD says
        /// `mixed`, since XSD 1.0 cannot make content hang on an attribute; the checker
        /// makes the choice.
        case titleTextOrElements(titleAttribute: FormatName)
    }

    /// One element of a sequence, with its cardinality.
    struct Particle: Sendable {
        var name: FormatName
        var min: Int
        var max: Int
        var kind: Kind

        /// `maxOccurs="unbounded"`.
        static let unbounded = Int.max
    }

    struct AttributeRule: Sendable {
        var name: FormatName
        var required: Bool
        var type: ValueType
    }

    let kind: Kind
    /// The name of the XSD's complex type for this element type.
    let schemaType: StaticString
    let content: Content
    let particles: [Particle]
    /// Whether elements of another namespace may follow the particles (an extension point).
    let allowsExtensions: Bool
    /// In the order the canonical form writes them.
    let attributes: [AttributeRule]

    init(kind: Kind, schemaType: StaticString, content: Content, particles: [Particle] = [],
         allowsExtensions: Bool = false, attributes: [AttributeRule] = []) {
        self.kind = kind
        self.schemaType = schemaType
        self.content = content
        self.particles = particles
        self.allowsExtensions = allowsExtensions
        self.attributes = attributes
    }
}
