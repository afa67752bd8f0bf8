/// Markup of another namespace that an agency adds at the format's extension points or
/// as attributes. The tool does not interpret it; it carries it through unchanged.

/// A qualified name. The prefix is kept only so that output looks like the input; it
/// carries no meaning.
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
}

public struct ForeignAttribute: Hashable, Sendable {
    public var name: QualifiedName
    public var value: String

    public init(name: QualifiedName, value: String) {
        self.name = name
        self.value = value
    }
}

/// An element of another namespace with its whole content.
public struct ExtensionElement: Hashable, Sendable {
    public var name: QualifiedName
    public var attributes: [ForeignAttribute]
    public var children: [ExtensionNode]

    public init(name: QualifiedName, attributes: [ForeignAttribute] = [], children: [ExtensionNode] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }
}

public indirect enum ExtensionNode: Hashable, Sendable {
    case element(ExtensionElement)
    case text(String)
}
