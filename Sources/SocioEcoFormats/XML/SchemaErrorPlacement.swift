/// Puts a schema error on the start tag it concerns.
///
/// libxml2 validates while the parser streams, so a schema error carries the line the
/// parser stood on and no column. Errors found when an element closes (a missing child,
/// a blank title spread over lines) arrive at the end tag's line; the format asks for
/// the offending start tag. The LibXML layer gives the element's name
/// (`XMLDiagnostic.element`).
enum SchemaErrorPlacement {
    /// The start tag of `element` on `line`; else the start of the element whose end tag
    /// stands there; else the first tag or text on the line.
    static func position(line: Int, element: String?, tags: SourceLocator.LineTags?) -> SourceLocator.Position {
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
