import SocioEcoModel

/// Reads a 5W sheet into a programme (docs/spreadsheet-format.md): one row per intervention
/// and place, rows with the same intervention id joined, every problem reported at its
/// cell. The sheet comes from any `SheetRowSource`, read one row at a time.
public struct FiveWImport: Sendable {
    public struct Options: Sendable {
        public var programmeID: Programme.ID
        public var title: String
        public var framework: Framework
        public var codes: ActivityCodeTable?
        /// Hashtags for the sheet's columns by header (`--map`).
        public var map: SheetHeaderMap?
        /// Only rows whose cells equal these are read (`--where`); the others are counted.
        public var filters: [Filter]
        /// The columns that identify an intervention (`--key`); nil: `#activity+id`, or
        /// without it the activity code and the lead agency.
        public var key: [HXLHashtag]?
        /// Rows without a key cell, and interventions without levels, are left out and
        /// listed instead of being errors (`--skip-incomplete`).
        public var skipIncomplete: Bool
        /// Whether `programmeID` and `title` were asked for, and so win over the sheet's own
        /// programme columns; otherwise they are what the programme gets when the sheet has none.
        public var idIsExplicit = false
        public var titleIsExplicit = false

        public init(programmeID: Programme.ID, title: String, framework: Framework = .cpms2019, codes: ActivityCodeTable? = nil,
                    map: SheetHeaderMap? = nil, filters: [Filter] = [], key: [HXLHashtag]? = nil, skipIncomplete: Bool = false) {
            self.programmeID = programmeID
            self.title = title
            self.framework = framework
            self.codes = codes
            self.map = map
            self.filters = filters
            self.key = key
            self.skipIncomplete = skipIncomplete
        }
    }

    /// `#hashtag=value`: the rows whose cell in that column, trimmed, is `value`.
    public struct Filter: Hashable, Sendable, CustomStringConvertible {
        public var hashtag: HXLHashtag
        public var value: String

        public init(hashtag: HXLHashtag, value: String) {
            self.hashtag = hashtag
            self.value = value.trimmingSpaces
        }

        /// Parses `#sector+cluster=Protection: Protection de l'enfant` (the value may hold `=`).
        public init?(_ text: String) {
            guard let eq = text.firstIndex(of: "="), let tag = HXLHashtag(String(text[..<eq])) else { return nil }
            self.init(hashtag: tag, value: String(text[text.index(after: eq)...]))
        }

        public var description: String { "\(hashtag)=\(value)" }
    }

    /// The programme when the sheet breaks no rule, and everything said about the sheet:
    /// every error (then `programme` is nil) and the notes.
    public struct Outcome: Sendable {
        public var programme: Programme?
        public var diagnostics: [Diagnostic]
        public var rowsRead: Int
        public var columns: SheetColumnMap?
        /// Rows `--where` left out.
        public var rowsFiltered = 0
        /// Rows `--skip-incomplete` left out, each a note saying what it lacks (the first
        /// `ReaderLimits.maximumDiagnostics` of them; `skippedCount` counts them all).
        public var skipped: [Diagnostic] = []
        public var skippedCount = 0
        /// How many interventions the rows make (also when there are errors).
        public var interventionCount = 0
        /// The rows those interventions were read from.
        public var rowsImported = 0
        /// How many places the interventions work in, with the places above them.
        public var placeCount = 0
        /// The sheet read (nil for CSV).
        public var sheet: String?

        public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    }

    public var options: Options

    public init(options: Options) {
        self.options = options
    }

    /// Reads every row of `source`.
    /// - Throws: the source's `ReadFailure` when the file itself cannot be read (a broken
    ///   quote, a limit); problems with the 5W's content are in the outcome instead.
    public func run(_ source: inout some SheetRowSource) throws -> Outcome {
        var state = FiveWImportState(options: options, file: source.file, sheet: source.sheetName)
        var rows = 0
        guard let first = try source.nextRow() else {
            state.error(row: 1, column: 0, code: "sheet-empty", "the sheet is empty; it needs a header row and at least one row of data")
            return Outcome(programme: nil, diagnostics: source.notes + state.diagnostics, rowsRead: 0, columns: nil, sheet: source.sheetName)
        }
        let second = try source.nextRow()
        let map = SheetColumnMap(first: first, second: second, map: options.map)
        state.columns = map
        for p in map.problems { state.error(row: p.row, column: p.column, code: "sheet-column", p.message) }
        state.findColumns(headerRow: max(first.number, map.firstDataRow - 1))
        if let second, second.number >= map.firstDataRow {
            state.read(second)
            rows += 1
        }
        while let row = try source.nextRow() {
            state.read(row)
            rows += 1
        }
        if rows == 0 {
            state.error(row: map.firstDataRow, column: 0, code: "sheet-empty", "the sheet has no rows of data below its header")
        }
        let programme = state.finish()
        let notes = source.notes
        if state.problemsLeftOut > 0 {
            state.diagnostics.append(Diagnostic(file: source.file, line: rows == 0 ? 1 : map.firstDataRow, column: 0, sheet: source.sheetName,
                code: "limit", message: "\(state.problemsLeftOut) more problems not listed: this tool lists the first \(ReaderLimits.maximumDiagnostics); fix these and import again"))
        }
        return Outcome(programme: state.hasErrors ? nil : programme, diagnostics: notes + state.diagnostics,
                       rowsRead: rows, columns: map, rowsFiltered: state.rowsFiltered, skipped: state.skipped, skippedCount: state.skippedCount,
                       interventionCount: state.interventionCount, rowsImported: state.rowsImported, placeCount: programme.places.count, sheet: source.sheetName)
    }
}
