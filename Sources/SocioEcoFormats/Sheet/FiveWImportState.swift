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
        var scalars: [FiveWColumn.Role: Cell] = [:]
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
    var draftIndex: [Intervention.ID: Int] = [:]
    var agencies: [AgencyDraft] = []
    var agencyIndex: [Agency.ID: Int] = [:]
    var places: [Place] = []
    var placeIDs: Set<Place.ID> = []
    var placeByPcode: [String: Int] = [:]
    var placeByName: [PlaceKey: Int] = [:]
    /// The first cell of each of the programme's own columns.
    var programmeCells: [FiveWColumn.Role: Cell] = [:]

    /// The carried columns in the sheet's order.
    var carriedOrder: [SheetCarriedCell.ColumnKey] {
        columns.columns.compactMap { c in
            if case .field = c.meaning { return nil }
            return SheetCarriedCell.ColumnKey(header: c.header, hashtag: c.hashtagText)
        }
    }

    struct PlaceKey: Hashable {
        var parent: Place.ID?
        var adminLevel: Int?
        var name: String
    }

    /// Roles whose cell must agree on every row of one intervention.
    static let scalarRoles: [FiveWColumn.Role] = [
        .activityCode, .title, .description, .levels, .standards, .phase, .status, .leadCode, .leadName, .leadType, .start, .end, .dependsOn,
    ]
    /// Roles whose text is kept exactly as written (other cells are trimmed).
    static let freeText: Set<FiveWColumn.Role> = [
        .title, .description, .leadName, .partnerNames, .placeName, .indicatorName,
        .programmeTitle, .programmeDescription, .programmeLocation,
    ]

    /// Whether two cells of one intervention say the same: words and lists compared
    /// folded (`child, Community` is `child community`), other cells exactly.
    static func agree(_ role: FiveWColumn.Role, _ a: String, _ b: String) -> Bool {
        switch role {
        case .levels, .standards, .phase, .status, .leadType: return a == b || SheetWords.folded(a) == SheetWords.folded(b)
        // Ids are compared as written: only the separators may differ.
        case .dependsOn: return a == b || SheetWords.list(a) == SheetWords.list(b)
        default: return a == b
        }
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
        return Cell(text: Self.freeText.contains(role) ? text : text.trimmingSpaces, row: row.number, column: n)
    }

    /// Reads one row of data into its intervention's draft.
    mutating func read(_ row: SheetRow) {
        readProgrammeCells(row)
        if isListingRow(row) { return readListing(row) }
        guard let id = interventionID(row) else { return }
        let index: Int
        if let i = draftIndex[id] {
            index = i
        } else {
            index = drafts.count
            draftIndex[id] = index
            drafts.append(Draft(id: id, firstRow: row.number))
        }
        var draft = drafts[index]
        draft.rows += 1
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
        drafts[index] = draft
    }

    /// The row's intervention id: its own cell, or made from the activity code and the
    /// lead agency's code, so the same pair always gives the same id.
    mutating func interventionID(_ row: SheetRow) -> Intervention.ID? {
        if let c = cell(row, .interventionID) {
            if let refusal = IdentifierRule.refusal(of: c.text, naming: "intervention id") {
                error(at: c, code: "malformed-id", refusal)
                return nil
            }
            return Intervention.ID(c.text)
        }
        guard let code = cell(row, .activityCode) else {
            error(row: row.number, column: columns.column(for: .interventionID) ?? 0, code: "sheet-no-id",
                  "the row has no intervention id ('#activity+id') and no activity code ('#activity+code') to make one from")
            return nil
        }
        let lead = cell(row, .leadCode).map { SheetWords.slug($0.text) } ?? cell(row, .leadName).map { SheetWords.slug($0.text) }
        let made = SheetWords.slug(code.text) + (lead.map { "-" + $0 } ?? "")
        return Intervention.ID(String(made.prefix(64)))
    }
}
