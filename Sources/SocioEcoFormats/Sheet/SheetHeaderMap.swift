/// A table `header,hashtag` that tags the columns of a workbook sent without hashtags
/// (the "add hashtags" step HXL tools offer), kept beside the sheet so a coordination
/// group reuses it every month. A column matches a row of the table when its header's
/// first line, trimmed, equals the table's header without regard to case: templates
/// write instructions under the name ("TYPE PROJET\n(Choisir dans la liste déroulante)").
public struct SheetHeaderMap: Sendable {
    public struct Entry: Sendable {
        public var header: String
        public var hashtagText: String
        public var hashtag: HXLHashtag
        public var row: Int
    }

    public var file: String
    public private(set) var entries: [String: Entry] = [:]

    /// The key a header is looked up by: its first line, trimmed, in lower case.
    public static func key(_ header: String) -> String {
        let first = header.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        return first.trimmingSpaces.lowercased()
    }

    /// The map's entry for a sheet column's header, if it names it.
    public func entry(forHeader header: String) -> Entry? {
        entries[Self.key(header)]
    }

    /// Reads the table: an optional first row `header,hashtag`, then one row per column.
    /// - Throws: `ReadFailure` from the source, or `.invalid` with every problem found.
    public init(reading source: inout some SheetRowSource) throws {
        file = source.file
        var problems: [Diagnostic] = []
        var first = true
        while let row = try source.nextRow() {
            let header = row[column: 1]?.text ?? ""
            let tagText = (row[column: 2]?.text ?? "").trimmingSpaces
            defer { first = false }
            if first, SheetWords.folded(header) == "header", SheetWords.folded(tagText) == "hashtag" { continue }
            let key = Self.key(header)
            if key.isEmpty {
                problems.append(source.diagnostic(row: row.number, column: 1, code: "map-header",
                    message: "the row has no header; write the sheet column's header (its first line is enough) in the first column"))
                continue
            }
            guard let tag = HXLHashtag(tagText) else {
                problems.append(source.diagnostic(row: row.number, column: 2, code: "map-hashtag",
                    message: tagText.isEmpty
                        ? "header '\(header)' has no hashtag; write one in the second column, such as '#activity+id'"
                        : "'\(tagText)' is not an HXL hashtag; write '#' then a tag and '+attributes', such as '#org+acronym'"))
                continue
            }
            if let earlier = entries[key] {
                problems.append(source.diagnostic(row: row.number, column: 1, code: "map-duplicate",
                    message: "header '\(header)' is mapped twice (first at row \(earlier.row)); keep one row"))
                continue
            }
            entries[key] = Entry(header: header, hashtagText: tagText, hashtag: tag, row: row.number)
        }
        if !problems.isEmpty { throw ReadFailure(file: file, kind: .invalid, diagnostics: problems) }
    }
}
