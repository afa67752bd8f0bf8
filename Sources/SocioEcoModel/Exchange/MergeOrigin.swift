/// The merge metadata a joint programme carries: foreign attributes and elements in a
/// namespace of this tool, which the format allows on every element, so that a joint
/// file stays a valid programme file.
///
/// On each intervention and agency: `origin:programme` (the programme that declared
/// it) and `origin:file` (the file it was read from); on one renamed on merge,
/// `origin:id` (the id it had there). At the end of the programme, one
/// `origin:source` element per merged programme. A value already present is kept, so
/// that merging a joint file again still names the first origin.
public enum MergeOrigin {
    public static let namespace = "urn:socioeco:origin:1"
    public static let prefix = "origin"

    /// The attributes this tool writes.
    public enum Attribute: String, Sendable, CaseIterable {
        case programme, file, id
    }

    public static func name(_ attribute: Attribute) -> QualifiedName {
        QualifiedName(namespaceURI: namespace, prefix: prefix, localName: attribute.rawValue)
    }

    /// The value of `attribute` among `attributes`, if present.
    public static func value(_ attribute: Attribute, in attributes: [ForeignAttribute]) -> String? {
        let wanted = name(attribute)
        return attributes.first { $0.name == wanted }?.value
    }

    /// `attributes` with `attribute` appended unless one is already there.
    public static func adding(_ attribute: Attribute, _ value: String, to attributes: [ForeignAttribute]) -> [ForeignAttribute] {
        if self.value(attribute, in: attributes) != nil { return attributes }
        return attributes + [ForeignAttribute(name: name(attribute), value: value)]
    }

    /// The name of the element that records one merged programme.
    public static let sourceElement = QualifiedName(namespaceURI: namespace, prefix: prefix, localName: "source")

    /// The record of one merged programme: its id, file, revision and date as
    /// attributes, its title as content.
    public static func source(for programme: Programme, file: String) -> ExtensionElement {
        var attributes = [
            ForeignAttribute(name: QualifiedName(namespaceURI: nil, localName: "programme"), value: programme.id.rawValue),
            ForeignAttribute(name: QualifiedName(namespaceURI: nil, localName: "file"), value: file),
        ]
        if let r = programme.revision {
            attributes.append(ForeignAttribute(name: QualifiedName(namespaceURI: nil, localName: "revision"), value: String(r)))
        }
        if let u = programme.updated {
            attributes.append(ForeignAttribute(name: QualifiedName(namespaceURI: nil, localName: "updated"), value: u.description))
        }
        return ExtensionElement(name: sourceElement, attributes: attributes, children: [.text(programme.title)])
    }

    /// The `origin:source` records a programme carries: non-empty for a joint file.
    public static func sources(of programme: Programme) -> [ExtensionElement] {
        programme.extensions.filter { $0.name == sourceElement }
    }
}
