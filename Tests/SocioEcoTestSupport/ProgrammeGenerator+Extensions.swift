import SocioEcoFormats
import SocioEcoModel

extension ProgrammeGenerator {
    /// Namespaces generated markup uses, with the prefixes it asks for (nil: a default
    /// namespace declaration); one prefix is reused for two namespaces on purpose.
    static let foreignNamespaces: [(String, String?)] = [
        ("urn:example:agency", "x"), ("urn:example:donor", "d"), ("urn:example:agency", nil),
        ("https://example.org/ns/budget?v=2&x=1", "x"), ("urn:example:é", "ns1"), ("urn:example:ns", "ns"),
    ]

    mutating func foreignName(_ local: String, forAttribute: Bool) -> QualifiedName {
        if forAttribute && chance(0.2) {
            return QualifiedName(namespaceURI: "http://www.w3.org/XML/1998/namespace", prefix: "xml", localName: "lang")
        }
        var (uri, prefix) = pick(Self.foreignNamespaces)
        if forAttribute && prefix == nil { prefix = "a" }
        return QualifiedName(namespaceURI: uri, prefix: prefix, localName: local)
    }

    /// Attributes of other namespaces, distinct by expanded name.
    mutating func foreignAttributes() -> [ForeignAttribute] {
        var result: [ForeignAttribute] = []
        for k in 0..<int(1...3) {
            let a = ForeignAttribute(name: foreignName("attr\(k)", forAttribute: true), value: text(nonBlank: false))
            if !result.contains(where: { $0.name == a.name }) { result.append(a) }
        }
        return result
    }

    /// An extension subtree: nested elements, mixed text, attributes in no namespace
    /// and in several, children in no namespace.
    public mutating func extensionElement(depth: Int = 0) -> ExtensionElement {
        var element = ExtensionElement(name: foreignName(pick(["budget", "note", "line", "contact", "x-1"]), forAttribute: false))
        if chance(0.5) { element.attributes.append(ForeignAttribute(name: QualifiedName(namespaceURI: nil, localName: "code"), value: text(nonBlank: false))) }
        if chance(0.4) {
            for a in foreignAttributes() where !element.attributes.contains(where: { $0.name == a.name }) { element.attributes.append(a) }
        }
        var lastWasText = false
        for _ in 0..<int(0...4) {
            if depth < 3 && (lastWasText || chance(0.5)) {
                var child = extensionElement(depth: depth + 1)
                if chance(0.15) { child.name = QualifiedName(namespaceURI: nil, localName: "plain") }
                element.children.append(.element(child))
                lastWasText = false
            } else if !lastWasText {
                element.children.append(.text(text(nonBlank: true)))
                lastWasText = true
            }
        }
        return element
    }

    /// `programme` with extension elements at every extension point and foreign
    /// attributes on elements of every kind.
    public mutating func decorated(_ programme: Programme) -> Programme {
        var p = programme
        var paths: [ElementPath] = [.programme, .title, .interventions]
        if p.description != nil { paths.append(.description) }
        if p.context != nil { paths.append(.context) }
        if !p.agencies.isEmpty { paths.append(.agencies) }
        for i in p.agencies.indices { paths.append(.agency(i)) }
        if p.framework.kind == .custom {
            paths.append(.framework)
            paths += p.framework.levels.indices.map(ElementPath.frameworkLevel)
        }
        for (i, item) in p.interventions.enumerated() {
            paths += [.intervention(i), .interventionTitle(i)]
            paths += item.levels.indices.map { .interventionLevel(i, $0) }
            paths += item.indicators.indices.map { .interventionIndicator(i, $0) }
            paths += item.dependsOn.indices.map { .interventionDependsOn(i, $0) }
        }
        for path in paths where chance(0.3) { p.setForeignAttributes(foreignAttributes(), at: path) }
        for i in p.agencies.indices where chance(0.4) { p.agencies[i].extensions = (0..<int(1...2)).map { _ in ExtensionMarkup(extensionElement()) } }
        for i in p.interventions.indices where chance(0.3) { p.interventions[i].extensions = (0..<int(1...2)).map { _ in ExtensionMarkup(extensionElement()) } }
        if chance(0.6) { p.extensions = (0..<int(1...3)).map { _ in ExtensionMarkup(extensionElement()) } }
        return p
    }
}
