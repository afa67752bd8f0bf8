import SocioEcoModel

/// What the import has gathered so far: one draft per intervention id, the agencies and
/// places the rows named, and the problems found.
struct FiveWImportState {
    struct Cell {
        var text: String
        var row: Int
        var column: Int
    }

    struct Draft {
        var id: Intervention.ID
        var firstRow: Int
        var rows = 0
        /// Every row's number, so that rows left out with their intervention are listed.
        var rowNumbers: [Int] = []
        var start: (date: CalendarDate, cell: Cell)?
        var end: (date: CalendarDate, cell: Cell)?
        /// Whether rows gave different dates, widened to the earliest start and latest end.
        var datesWidened = false
        /// The cell the codes table is looked up by.
        var codesKey: Cell?
        var scalars = ScalarCells()
        var partners: [Agency.ID] = []
        var groups: [PopulationGroup] = []
        var places: [Place.ID] = []
        var indicators: [Indicator] = []
        var carried: [SheetCarriedCell.ColumnKey: [(row: Int, value: String)]] = [:]
    }

    struct AgencyDraft {
        var agency: Agency
        var nameCell: Cell?
        var typeCell: Cell?
        var localCell: Cell?
    }

    let options: FiveWImport.Options
    let levelNames: [String: Level.ID]
    let file: String
    let sheet: String?
    var columns = SheetColumnMap(first: SheetRow(number: 1, cells: []), second: nil)
    var diagnostics: [Diagnostic] = []
    var hasErrors = false
    /// Problems found past the first `ReaderLimits.maximumDiagnostics`: counted, not
    /// kept, so a sheet wrong on every row is still reported in bounded memory.
    var problemsLeftOut = 0

    var drafts: [Draft] = []
    /// Cell texts already read as levels or standards without a problem, and what they gave.
    var levelsMemo: [String: [Level.ID]] = [:]
    var standardsMemo: [String: [Standard.ID]] = [:]
    /// Drafts by the text of their key cells; ids are made from keys, so two keys that
    /// make the same id are told apart by `usedIDs`.
    var draftIndex: [String: Int] = [:]
    var usedIDs: Set<Intervention.ID> = []
    /// How rows are grouped into interventions: `--key`'s columns, or, when the sheet has
    /// no `#activity+id`, the activity code and the lead agency; nil when neither can be
    /// found (said once, at the header).
    var key: Key?
    var filterColumns: [(column: Int, value: String)] = []
    var codesColumn: Int?
    var rowsFiltered = 0
    var skipped: [Diagnostic] = []
    var skippedCount = 0
    var interventionCount = 0
    var rowsImported = 0
    var agencies: [AgencyDraft] = []
    var agencyIndex: [Agency.ID: Int] = [:]
    var places: [Place] = []
    var placeIDs: Set<Place.ID> = []
    var placeByPcode: [String: Int] = [:]
    var placeByName: [PlaceKey: Int] = [:]
    /// The first cell of each of the programme's own columns.
    var programmeCells: [FiveWColumn.Role: Cell] = [:]

    /// The carried columns in the sheet's order, each key once: two columns of the same
    /// header and hashtag share one list of values, which was written twice.
    var carriedOrder: [SheetCarriedCell.ColumnKey] {
        var seen = Set<SheetCarriedCell.ColumnKey>()
        return columns.columns.compactMap { c in
            if case .field = c.meaning { return nil }
            let key = SheetCarriedCell.ColumnKey(header: c.header, hashtag: c.hashtagText)
            return seen.insert(key).inserted ? key : nil
        }
    }

    struct PlaceKey: Hashable {
        var parent: Place.ID?
        var adminLevel: Int?
        var name: String
    }

    /// Roles whose cell must agree on every row of one intervention.
    static let scalarRoles: [FiveWColumn.Role] = [
        .activityCode, .title, .description, .levels, .standards, .phase, .status, .leadCode, .leadName, .leadType, .dependsOn,
    ]
    /// Whether a role's text is kept exactly as written (other cells are trimmed). A
    /// switch, as it is asked for every cell.
    static func isFreeText(_ role: FiveWColumn.Role) -> Bool {
        switch role {
        case .title, .description, .leadName, .partnerNames, .placeName, .indicatorName,
             .programmeTitle, .programmeDescription, .programmeLocation: return true
        default: return false
        }
    }

    /// A draft's cells of the `scalarRoles`, one slot per role: looked up for every such
    /// cell of every row, where hashing the role each time was a tenth of reading a row.
    struct ScalarCells {
        private var slots: [Cell?] = []
        private static let slotOfOrdinal: [Int] = {
            var table = [Int](repeating: -1, count: FiveWColumn.Role.allCases.count)
            for (i, role) in FiveWImportState.scalarRoles.enumerated() { table[role.ordinal] = i }
            return table
        }()

        subscript(role: FiveWColumn.Role) -> Cell? {
            get {
                let i = Self.slotOfOrdinal[role.ordinal]
                return i >= 0 && i < slots.count ? slots[i] : nil
            }
            set {
                let i = Self.slotOfOrdinal[role.ordinal]
                precondition(i >= 0, "\(role) is not a role whose cells must agree")
                if slots.isEmpty { slots = Array(repeating: nil, count: FiveWImportState.scalarRoles.count) }
                slots[i] = newValue
            }
        }
    }

    /// Whether two cells of one intervention say the same: words and lists compared
    /// folded (`child, Community` is `child community`), words by what they mean, names
    /// without regard to case, other cells exactly.
    static func agree(_ role: FiveWColumn.Role, _ a: String, _ b: String) -> Bool {
        switch role {
        case .levels, .standards: return a == b || SheetWords.folded(a) == SheetWords.folded(b)
        // Two words for one value agree: `En cours` is `Ongoing`.
        case .phase: return a == b || same(a, b, SheetVocabulary.phases)
        case .status: return a == b || same(a, b, SheetVocabulary.statuses)
        case .leadType: return a == b || same(a, b, SheetVocabulary.agencyTypes)
        // Partners retype their own name each month, not always with the same capitals.
        case .leadName: return a == b || a.lowercased() == b.lowercased()
        // Ids are compared as written: only the separators may differ.
        case .dependsOn: return a == b || SheetWords.list(a) == SheetWords.list(b)
        default: return a == b
        }
    }

    private static func same<T: Equatable>(_ a: String, _ b: String, _ table: [String: T]) -> Bool {
        let x = SheetVocabulary.lookUp(a, in: table)
        return x != nil ? x == SheetVocabulary.lookUp(b, in: table) : SheetWords.folded(a) == SheetWords.folded(b)
    }

    init(options: FiveWImport.Options, file: String, sheet: String?) {
        self.options = options
        levelNames = Self.levelNames(options.framework)
        self.file = file
        self.sheet = sheet
    }

    mutating func error(row: Int, column: Int, code: String, _ message: String) {
        record(Diagnostic(file: file, line: row, column: column, sheet: sheet, code: code, message: message))
    }

    mutating func record(_ d: Diagnostic) {
        hasErrors = true
        if diagnostics.count < ReaderLimits.maximumDiagnostics { diagnostics.append(d) } else { problemsLeftOut += 1 }
    }

    mutating func error(at cell: Cell, code: String, _ message: String) {
        error(row: cell.row, column: cell.column, code: code, message)
    }

    /// A problem in a cell of the codes table, located in that file.
    mutating func error(at cell: ActivityCodeTable.Cell, code: String, _ message: String) {
        record(Diagnostic(file: options.codes?.file ?? file, line: cell.row, column: cell.column, code: code, message: message))
    }

    /// The non-blank cell of a role in a row (trimmed unless free text).
    func cell(_ row: SheetRow, _ role: FiveWColumn.Role, adminLevel: Int? = nil) -> Cell? {
        guard let n = columns.column(for: role, adminLevel: adminLevel), let value = row[column: n] else { return nil }
        let text = value.text
        if SheetWords.isBlank(text) { return nil }
        return Cell(text: Self.isFreeText(role) ? text : text.trimmingSpaces, row: row.number, column: n)
    }

    /// Reads one row of data into its intervention's draft.
    mutating func read(_ row: SheetRow) {
        for f in filterColumns where (row[column: f.column]?.text.trimmingSpaces ?? "") != f.value {
            rowsFiltered += 1
            return
        }
        readProgrammeCells(row)
        // A row that only lists an agency or a place is socioeco's own 5W; a sheet read
        // with --key groups every row into interventions.
        if options.key == nil, isListingRow(row) { return readListing(row) }
        guard let (keyText, made) = interventionKey(row) else { return }
        let index: Int
        if let i = draftIndex[keyText] {
            index = i
        } else {
            index = drafts.count
            draftIndex[keyText] = index
            drafts.append(Draft(id: uniqueID(made), firstRow: row.number))
        }
        // Taken out of the list while the row is read into it, so that adding to its
        // lists does not copy them: the list's copy would still share their storage.
        var draft = Draft(id: "", firstRow: 0)
        swap(&draft, &drafts[index])
        let id = draft.id
        draft.rows += 1
        draft.rowNumbers.append(row.number)
        readDates(row, into: &draft)
        readCodesKey(row, into: &draft)
        for role in Self.scalarRoles {
            guard let c = cell(row, role) else { continue }
            if let earlier = draft.scalars[role] {
                if !Self.agree(role, earlier.text, c.text) {
                    error(at: c, code: "sheet-rows-differ",
                          "'\(c.text)' differs from '\(earlier.text)' in row \(earlier.row) for intervention '\(id)'; rows of one intervention must agree here")
                }
            } else {
                draft.scalars[role] = c
            }
        }
        registerLead(row)
        readPartners(row, into: &draft)
        readGroups(row, into: &draft)
        if let place = readPlace(row), !draft.places.contains(place) { draft.places.append(place) }
        readIndicator(row, into: &draft)
        for column in columns.columns {
            switch column.meaning {
            case .field: continue
            case .carried, .count: break
            }
            guard let value = row[column: column.number]?.text, !SheetWords.isBlank(value) else { continue }
            let key = SheetCarriedCell.ColumnKey(header: column.header, hashtag: column.hashtagText)
            draft.carried[key, default: []].append((draft.rows, value))
        }
        swap(&draft, &drafts[index])
    }
}
