import SocioEcoModel

/// How a joint file carries its merge records: in a namespace of this tool, which the
/// format allows on every element, so that a joint file stays a valid programme file.
///
/// On each intervention and agency: `origin:programme`, `origin:file` and, on one
/// renamed on merge, `origin:id` (`MergeOrigin`). At the end of the programme, one
/// `origin:source` element per merged programme (`MergeSource`): its id, file,
/// revision and date as attributes, its title as content.
enum MergeOriginXML {
    static let namespace = "urn:socioeco:origin:1"
    static let prefix = "origin"

    /// The attributes of `MergeOrigin`, in the order they are written.
    enum Attribute: String, CaseIterable {
        case programme, file, id
    }

    static let sourceElement = QualifiedName(namespaceURI: namespace, prefix: prefix, localName: "source")

    /// The qualified name of `attribute`, with the prefix this tool prefers.
    static func name(_ attribute: Attribute) -> QualifiedName {
        QualifiedName(namespaceURI: namespace, prefix: prefix, localName: attribute.rawValue)
    }

    /// Takes an attribute of `namespace` into `origin`; false for one that is no part
    /// of a merge origin, which stays a foreign attribute.
    static func take(localName: String, value: String, into origin: inout MergeOrigin) -> Bool {
        switch Attribute(rawValue: localName) {
        case .programme?: origin.programme = Programme.ID(value)
        case .file?: origin.file = value
        case .id?: origin.originalID = value
        case nil: return false
        }
        return true
    }

    /// The origin's parts as attribute name and value, in the order written.
    static func attributes(of origin: MergeOrigin) -> [(Attribute, String)] {
        [(.programme, origin.programme?.rawValue), (.file, origin.file), (.id, origin.originalID)]
            .compactMap { name, value in value.map { (name, $0) } }
    }

    /// The record an `origin:source` element holds, or nil when the element holds
    /// anything a record cannot say back in the same words (then it stays an
    /// extension element, carried unread).
    static func source(from element: ExtensionElement) -> MergeSource? {
        guard element.name == sourceElement else { return nil }
        var fields: [String: String] = [:]
        for a in element.attributes {
            guard a.name.namespaceURI == nil, fields.updateValue(a.value, forKey: a.name.localName) == nil else { return nil }
        }
        guard let programme = fields.removeValue(forKey: "programme"), let file = fields.removeValue(forKey: "file") else { return nil }
        var source = MergeSource(programme: Programme.ID(programme), file: file, title: "")
        if let text = fields.removeValue(forKey: "revision") {
            guard let r = ProgrammeBuilder.integer(text) else { return nil }
            source.revision = r
        }
        if let text = fields.removeValue(forKey: "updated") {
            guard let date = CalendarDate(text), date.description == text else { return nil }
            source.updated = date
        }
        guard fields.isEmpty else { return nil }
        switch element.children.count {
        case 0: break
        case 1:
            guard case .text(let title) = element.children[0] else { return nil }
            source.title = title
        default: return nil
        }
        return source
    }

    /// The `origin:source` element for `source`.
    static func element(for source: MergeSource) -> ExtensionElement {
        func plain(_ name: String, _ value: String) -> ForeignAttribute {
            ForeignAttribute(name: QualifiedName(namespaceURI: nil, localName: name), value: value)
        }
        var attributes = [plain("programme", source.programme.rawValue), plain("file", source.file)]
        if let r = source.revision { attributes.append(plain("revision", String(r))) }
        if let u = source.updated { attributes.append(plain("updated", u.description)) }
        return ExtensionElement(name: sourceElement, attributes: attributes, children: [.text(source.title)])
    }
}
