import SocioEcoModel

/// A response plan's activity list, `code, levels, standards[, title]`, with or without its
/// own hashtag row (`#activity+code, #activity+level, #activity+cpms, #activity+name`):
/// a 5W row whose activity code is in it takes those levels, standards and title where
/// its own cells are blank.
///
/// The first column may name another column of the sheet to match, by its hashtag
/// (`#activity+id`: a table of project ids) or by a header the `--map` tags, so a 5W
/// that names no activity code can still be given levels.
public struct ActivityCodeTable: Sendable {
    /// One cell of the table, kept with its place so a problem in it is reported there.
    public struct Cell: Sendable {
        public var text: String
        public var row: Int
        public var column: Int
    }

    public struct Entry: Sendable {
        public var row: Int
        public var levels: Cell?
        public var standards: Cell?
        public var title: Cell?
    }

    public static let activityCode = HXLHashtag("#activity+code")!

    public var file: String
    public var entries: [String: Entry]
    /// The sheet column the table's first column matches.
    public var keyHashtag: HXLHashtag

    /// Reads the table from a sheet.
    /// - Parameter map: the `--map` given with the sheet, through which a header in the
    ///   table's first row names its column.
    /// - Throws: `ReadFailure` from the source, or `.invalid` with every problem found.
    public init(reading source: inout some SheetRowSource, map: SheetHeaderMap? = nil) throws {
        file = source.file
        entries = [:]
        keyHashtag = Self.activityCode
        var keyColumn: Int? = 1
        var columns: [FiveWColumn.Role: Int] = [.levels: 2, .standards: 3, .title: 4]
        var problems: [Diagnostic] = []
        var index = 0
        while let row = try source.nextRow() {
            index += 1
            // The hashtag row comes first, or second under a header row of words.
            if index <= 2, SheetColumnMap.isHashtagRow(row) {
                columns = [:]
                keyColumn = nil
                entries = [:]
                for cell in row.cells {
                    guard let tag = HXLHashtag(cell.value.text) else { continue }
                    if case .field(let f) = SheetColumnMap.meaning(of: tag), [.levels, .standards, .title].contains(f.role) {
                        columns[f.role] = cell.column
                    } else if keyColumn == nil {
                        // The first other column is the one matched, wherever it stands.
                        (keyColumn, keyHashtag) = (cell.column, tag)
                    }
                }
                continue
            }
            if index == 1 {
                // A header row names its columns in words: its first cell is no code.
                let head = row[column: 1]?.text ?? ""
                if ["code", "activity code", "code activite"].contains(SheetWords.folded(head)) { continue }
                if let mapped = map?.entry(forHeader: head) {
                    keyHashtag = mapped.hashtag
                    continue
                }
            }
            if SheetColumnMap.isHashtagRow(row) { continue }
            func cell(_ n: Int?) -> Cell? {
                guard let n, let t = row[column: n]?.text, !SheetWords.isBlank(t) else { return nil }
                return Cell(text: t, row: row.number, column: n)
            }
            guard let code = cell(keyColumn) else { continue }
            let key = code.text.trimmingSpaces
            if let earlier = entries[key] {
                problems.append(source.diagnostic(row: row.number, column: code.column, code: "codes-duplicate",
                    message: "'\(key)' is listed twice (first at row \(earlier.row)); keep one row for each"))
                continue
            }
            entries[key] = Entry(row: row.number, levels: cell(columns[.levels]), standards: cell(columns[.standards]), title: cell(columns[.title]))
        }
        if keyColumn == nil {
            problems.append(Diagnostic(file: file, line: 1, column: 1, code: "codes-columns",
                                       message: "the codes table's hashtag row names no column to match; its first column names the sheet column it matches, such as '#activity+code' or '#activity+id'"))
        }
        if !problems.isEmpty { throw ReadFailure(file: file, kind: .invalid, diagnostics: problems) }
    }
}
