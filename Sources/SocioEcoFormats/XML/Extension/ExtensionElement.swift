import SocioEcoModel

/// An element of another namespace with its whole content, as read: the content of an
/// entry of the model's `extensions`.
public struct ExtensionElement: ExtensionContent {
    public var name: QualifiedName
    public var attributes: [ForeignAttribute]
    public var children: [ExtensionNode]

    public init(name: QualifiedName, attributes: [ForeignAttribute] = [], children: [ExtensionNode] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }

    /// The element's name, marked `(…)` when it holds attributes or content.
    public var summary: String {
        name.readable + (children.isEmpty && attributes.isEmpty ? "" : "(…)")
    }
}

/// One piece of an extension element's content.
public indirect enum ExtensionNode: Hashable, Sendable {
    case element(ExtensionElement)
    case text(String)
}
