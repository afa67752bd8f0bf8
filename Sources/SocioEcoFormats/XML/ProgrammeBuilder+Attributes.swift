import SocioEcoModel

extension ProgrammeBuilder {
    /// Walks the current element's attributes: the checker sees them all, ours go to
    /// `handle`, which returns false for a name it does not know (the checker reports
    /// those), and foreign ones are kept.
    ///
    /// - Returns: on an agency or intervention, the merge origin its attributes in the
    ///   origin namespace name; they are no foreign attributes then.
    @discardableResult
    mutating func attributes(path: ElementPath, _ handle: (FormatName, String) -> Bool) -> MergeOrigin? {
        var foreign: [ForeignAttribute] = []
        // Built only when an origin attribute is met: most elements carry none.
        var origin: MergeOrigin?
        stream.forEachAttribute { attribute in
            if attribute.hasNamespace {
                let name = QualifiedName(namespaceURI: attribute.namespaceURI, prefix: attribute.prefix, localName: attribute.localName)
                if attribute.namespaceToken == FormatName.namespace.rawValue {
                    checker.attributeInOurNamespace(StructureChecker.WrittenName(prefix: name.prefix, localName: name.localName, namespaceURI: name.namespaceURI))
                } else if countExtensionNode() {
                    let value = attribute.value
                    if name.namespaceURI == MergeOriginXML.namespace && ProgrammeBuilder.carriesOrigin(path) {
                        var taken = origin ?? MergeOrigin()
                        if MergeOriginXML.take(localName: name.localName, value: value, into: &taken) {
                            origin = taken
                            return
                        }
                    }
                    foreign.append(ForeignAttribute(name: name, value: value))
                }
            } else {
                let name = attribute.localNameToken.flatMap(FormatName.init(rawValue:))
                let value = attribute.value
                checker.attribute(name, localName: { attribute.localName }, value: value)
                if let name { _ = handle(name, value) }
            }
        }
        if !foreign.isEmpty { annotations[path] = ExtensionMarkup(ForeignAttributes(foreign)) }
        return origin
    }

    /// Whether the element at `path` records where it came from in a joint file.
    static func carriesOrigin(_ path: ElementPath) -> Bool {
        switch path {
        case .agency, .intervention: return true
        default: return false
        }
    }
}
