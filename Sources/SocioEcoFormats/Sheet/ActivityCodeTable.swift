import SocioEcoModel

/// A response plan's activity list, `code, levels, standards[, title]`, with or without its
/// own hashtag row (`#activity+code, #activity+level, #activity+cpms, #activity+name`):
/// a 5W row whose activity code is in it takes those levels, standards and title where
/// its own cells are blank.
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

    public var file: String
    public var entries: [String: Entry]

    /// Reads the table from a sheet.
    /// - Throws: `ReadFailure` from the source, or `.invalid` with every problem found.
    public init(reading source: inout some SheetRowSource) throws {
        file = source.file
        entries = [:]
        var columns: [FiveWColumn.Role: Int] = [.activityCode: 1, .levels: 2, .standards: 3, .title: 4]
        var problems: [Diagnostic] = []
        var first = true
        while let row = try source.nextRow() {
            if first {
                first = false
                if SheetColumnMap.isHashtagRow(row) {
                    columns = [:]
                    for cell in row.cells {
                        if let tag = HXLHashtag(cell.value.text), case .field(let f) = SheetColumnMap.meaning(of: tag) {
                            columns[f.role] = cell.column
                        }
                    }
                    continue
                }
                // A header row names its columns in words: its first cell is no code.
                if let code = row[column: 1]?.text, ["code", "activity code", "code activite"].contains(SheetWords.folded(code)) {
                    continue
                }
            }
            if SheetColumnMap.isHashtagRow(row) { continue }
            func cell(_ role: FiveWColumn.Role) -> Cell? {
                guard let n = columns[role], let t = row[column: n]?.text, !SheetWords.isBlank(t) else { return nil }
                return Cell(text: t, row: row.number, column: n)
            }
            guard let code = cell(.activityCode) else { continue }
            let key = code.text.trimmingSpaces
            if let earlier = entries[key] {
                problems.append(source.diagnostic(row: row.number, column: code.column, code: "codes-duplicate",
                    message: "activity code '\(key)' is listed twice (first at row \(earlier.row)); keep one row per code"))
                continue
            }
            entries[key] = Entry(row: row.number, levels: cell(.levels), standards: cell(.standards), title: cell(.title))
        }
        if columns[.activityCode] == nil {
            problems.append(Diagnostic(file: file, line: 1, column: 1, code: "codes-columns",
                                       message: "the codes table has no '#activity+code' column"))
        }
        if !problems.isEmpty { throw ReadFailure(file: file, kind: .invalid, diagnostics: problems) }
    }
}
