import SocioEcoModel

extension ExtensionMarkup {
    /// Markup holding `element`.
    public init(element: ExtensionElement) {
        self.init(element)
    }

    /// The extension element this markup holds, if it came from (or is bound for) XML.
    public var element: ExtensionElement? { content(as: ExtensionElement.self) }

    /// The foreign attributes this markup holds, if it came from (or is bound for) XML.
    public var foreignAttributes: [ForeignAttribute]? { content(as: ForeignAttributes.self)?.attributes }
}

extension Programme {
    /// The attributes of other namespaces on the element at `path`, in the order read.
    public func foreignAttributes(at path: ElementPath) -> [ForeignAttribute] {
        annotations[path]?.foreignAttributes ?? []
    }

    /// Sets the attributes of other namespaces on the element at `path`; none removes
    /// the entry, so that a model read from a file and one built in code compare equal.
    public mutating func setForeignAttributes(_ attributes: [ForeignAttribute], at path: ElementPath) {
        annotations[path] = attributes.isEmpty ? nil : ExtensionMarkup(ForeignAttributes(attributes))
    }
}
