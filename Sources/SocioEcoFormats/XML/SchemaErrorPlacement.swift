/// Puts a schema error on the start tag it concerns.
///
/// libxml2 validates while the parser streams, so a schema error carries the line the
/// parser stood on and no column. Errors found when an element closes (a missing child,
/// a blank title spread over lines) arrive at the end tag's line; the format asks for
/// the offending start tag.
enum SchemaErrorPlacement {
    /// The local name of the element a libxml2 schema message speaks of, from its
    /// opening `Element '{namespace}name'` or `Element 'prefix:name'`.
    static func elementName(in message: String) -> Substring? {
        guard message.hasPrefix("Element '") else { return nil }
        let rest = message.dropFirst("Element '".count)
        guard let close = rest.firstIndex(of: "'") else { return nil }
        var name = rest[..<close]
        if let brace = name.lastIndex(of: "}") { name = name[name.index(after: brace)...] }
        if let colon = name.lastIndex(of: ":") { name = name[name.index(after: colon)...] }
        return name
    }

    /// The start tag of `element` on `line`; else the start of the element whose end tag
    /// stands there; else the first tag or text on the line.
    static func position(line: Int, element: Substring?, tags: SourceLocator.LineTags?) -> SourceLocator.Position {
        guard let tags else { return SourceLocator.Position(line: line, column: 0) }
        if let element {
            if let start = tags.tags.first(where: { !$0.isEnd && $0.localName == element }) {
                return start.start
            }
            if let end = tags.tags.first(where: { $0.isEnd && $0.localName == element }), end.start.column > 0 {
                return end.start
            }
        }
        return SourceLocator.Position(line: line, column: tags.firstColumn ?? 0)
    }
}
