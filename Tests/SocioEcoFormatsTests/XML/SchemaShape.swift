@testable import SocioEcoFormats

/// What an XSD declares, read through the reader's own libxml2 stream: the part of XSD
/// that `FormatVocabulary` also says (top-level elements, complex types with their
/// sequences, wildcards and attributes, and the values of enumerated simple types).
///
/// Type names are kept without their prefix: the format's own types are capitalised
/// (`Id`, `Ref`) and XSD's built-in ones are not (`string`), so no two meet.
struct SchemaShape {
    struct Particle: Equatable {
        var name: String
        var type: String
        var min: Int
        var max: Int
    }

    /// An `xs:any`; `afterParticles` when no `xs:element` follows it in its type.
    struct Wildcard: Equatable {
        var namespace: String
        var min: Int
        var max: Int
        var afterParticles: Bool
    }

    struct Attribute: Equatable {
        var name: String
        var type: String
        var required: Bool
    }

    struct ComplexType {
        var name: String
        var hasSequence = false
        /// `mixed="true"`: text may stand between the child elements.
        var mixed = false
        /// The base type of `xs:simpleContent`, for an element that holds text.
        var textBase: String?
        var particles: [Particle] = []
        var wildcards: [Wildcard] = []
        var attributes: [Attribute] = []
        /// Whether `xs:anyAttribute namespace="##other"` lets foreign attributes in.
        var foreignAttributes = false
    }

    struct ReadError: Error, CustomStringConvertible {
        var description: String
    }

    static let xsdNamespace = "http://www.w3.org/2001/XMLSchema"

    private(set) var rootElements: [Particle] = []
    /// In the order the XSD declares them.
    private(set) var complexTypes: [ComplexType] = []
    private(set) var simpleTypes: Set<String> = []
    private(set) var enumerations: [String: [String]] = [:]

    private var open: [String] = []
    private var current: ComplexType?
    private var simpleType: String?

    /// Reads `text`, the XSD itself.
    init(xsd text: String) throws {
        let bytes = Array(text.utf8)
        let failure: String? = bytes.withUnsafeBytes { buffer in
            guard let stream = LibXMLStream(bytes: buffer, name: "schema.xsd", schema: nil) else {
                return "libxml2 cannot open the schema"
            }
            while let kind = stream.read() {
                switch kind {
                case .element:
                    let name = stream.namespaceURI == Self.xsdNamespace ? stream.localName : "(foreign)"
                    var attributes: [String: String] = [:]
                    stream.forEachAttribute { if !$0.hasNamespace { attributes[$0.localName] = $0.value } }
                    start(name, attributes)
                    if stream.isEmptyElement { end() }
                case .endElement:
                    end()
                default:
                    break
                }
            }
            if stream.failed || !stream.diagnostics.isEmpty {
                return stream.diagnostics.map(\.message).joined(separator: "; ")
            }
            return nil
        }
        if let failure { throw ReadError(description: failure) }
    }

    func complexType(_ name: String) -> ComplexType? {
        complexTypes.first { $0.name == name }
    }

    private mutating func start(_ name: String, _ attributes: [String: String]) {
        defer { open.append(name) }
        if open.contains("annotation") { return }
        let top = open == ["schema"]
        switch name {
        case "element" where top:
            rootElements.append(Particle(name: attributes["name"] ?? "", type: Self.local(attributes["type"]), min: 1, max: 1))
        case "complexType" where top:
            current = ComplexType(name: attributes["name"] ?? "", mixed: attributes["mixed"] == "true")
        case "simpleType" where top:
            simpleType = attributes["name"]
            simpleTypes.insert(attributes["name"] ?? "")
        case "enumeration":
            if let simpleType { enumerations[simpleType, default: []].append(attributes["value"] ?? "") }
        case "sequence":
            current?.hasSequence = true
        case "element":
            current?.particles.append(Particle(name: attributes["name"] ?? "", type: Self.local(attributes["type"]),
                                               min: Self.occurs(attributes["minOccurs"]), max: Self.occurs(attributes["maxOccurs"])))
            for i in current?.wildcards.indices ?? 0..<0 { current?.wildcards[i].afterParticles = false }
        case "any":
            current?.wildcards.append(Wildcard(namespace: attributes["namespace"] ?? "##any", min: Self.occurs(attributes["minOccurs"]),
                                               max: Self.occurs(attributes["maxOccurs"]), afterParticles: true))
        case "extension" where open.last == "simpleContent":
            current?.textBase = Self.local(attributes["base"])
        case "attribute":
            current?.attributes.append(Attribute(name: attributes["name"] ?? "", type: Self.local(attributes["type"]),
                                                 required: attributes["use"] == "required"))
        case "anyAttribute":
            current?.foreignAttributes = attributes["namespace"] == "##other"
        default:
            break
        }
    }

    private mutating func end() {
        guard let name = open.popLast(), open == ["schema"] else { return }
        if name == "complexType", let current { complexTypes.append(current) }
        if name == "complexType" { current = nil }
        if name == "simpleType" { simpleType = nil }
    }

    /// A QName's local part; an attribute declared without a type is a string in XSD.
    private static func local(_ qname: String?) -> String {
        guard let qname else { return "string" }
        return qname.split(separator: ":").last.map(String.init) ?? qname
    }

    /// `minOccurs` or `maxOccurs`, 1 when absent as in XSD.
    private static func occurs(_ text: String?) -> Int {
        guard let text else { return 1 }
        return text == "unbounded" ? ElementRule.Particle.unbounded : Int(text) ?? -1
    }
}
