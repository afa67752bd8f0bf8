import SocioEcoModel

/// The name of an element or attribute of another namespace. The prefix is kept only
/// so that output looks like the input; it carries no meaning.
public struct QualifiedName: Hashable, Sendable {
    /// `nil` for no namespace (allowed only on attributes of extension elements).
    public var namespaceURI: String?
    public var prefix: String?
    public var localName: String

    public init(namespaceURI: String?, prefix: String? = nil, localName: String) {
        self.namespaceURI = namespaceURI
        self.prefix = prefix
        self.localName = localName
    }

    /// Expanded names are equal when namespace and local name are; prefixes never count.
    public static func == (a: QualifiedName, b: QualifiedName) -> Bool {
        a.namespaceURI == b.namespaceURI && a.localName == b.localName
    }

    public func hash(into h: inout Hasher) {
        h.combine(namespaceURI)
        h.combine(localName)
    }

    /// The name as a reviewer reads it whatever prefix a file chose: `xml:lang`, where
    /// every document binds that prefix the same way, else `{namespace}local`.
    var readable: String {
        if namespaceURI == ProgrammeXML.xmlNamespace { return "xml:" + localName }
        return expanded
    }

    /// `{namespace}local`, or the local name alone in no namespace.
    var expanded: String {
        (namespaceURI.map { "{\($0)}" } ?? "") + localName
    }
}
