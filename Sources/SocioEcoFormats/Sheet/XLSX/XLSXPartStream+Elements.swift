extension XLSXPartStream {
    /// A start or end tag of a small part (relationships, workbook, styles), with its
    /// attributes by local name: those parts are a few kilobytes, so a dictionary per
    /// element costs nothing.
    struct Tag {
        var name: String
        var isEnd: Bool
        var attributes: [String: String]
    }

    /// Calls `body` for every tag of the part; returns the problem that stopped the
    /// stream early, if any.
    func forEachTag(_ body: (Tag) -> Void) -> String? {
        guard let xml else { return problem ?? "libxml2 could not start reading '\(part)'" }
        while let kind = read() {
            switch kind {
            case .element:
                var attributes: [String: String] = [:]
                xml.forEachAttribute { attributes[$0.localName] = $0.value }
                let name = xml.localName
                body(Tag(name: name, isEnd: false, attributes: attributes))
                if xml.isEmptyElement { body(Tag(name: name, isEnd: true, attributes: [:])) }
            case .endElement:
                body(Tag(name: xml.localName, isEnd: true, attributes: [:]))
            default:
                break
            }
        }
        close()
        return problem
    }
}
