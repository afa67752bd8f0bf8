import SocioEcoModel

extension FiveWImportState {
    /// The roles of the programme's own columns, which hold one value for the whole sheet.
    static let programmeRoles: [FiveWColumn.Role] = [
        .programmeID, .programmeTitle, .programmeDescription, .programmeCrisis, .programmeLocation,
        .programmeStart, .programmeEnd, .programmeRevision, .programmeUpdated, .programmeFramework,
    ]

    /// Roles a listing row may fill in: an agency (the lead agency's columns) and a place.
    static let listingRoles: Set<FiveWColumn.Role> = [.leadCode, .leadName, .leadType, .leadLocal, .placeName, .placeCode, .placeID]

    /// Keeps the first value of each programme column and checks every later row agrees.
    mutating func readProgrammeCells(_ row: SheetRow) {
        for role in Self.programmeRoles {
            guard let c = cell(row, role) else { continue }
            if let earlier = programmeCells[role] {
                if earlier.text != c.text {
                    error(at: c, code: "sheet-rows-differ",
                          "'\(c.text)' differs from '\(earlier.text)' in row \(earlier.row); the programme's columns hold one value on every row")
                }
            } else {
                programmeCells[role] = c
            }
        }
    }

    /// Whether a row names no intervention (no id, no activity code) and fills in nothing
    /// but an agency, a place and the programme's columns: a row that lists them, so that
    /// agencies and places no intervention names, and the order of both, survive a 5W.
    func isListingRow(_ row: SheetRow) -> Bool {
        guard cell(row, .interventionID) == nil, cell(row, .activityCode) == nil else { return false }
        var lists = false
        for column in columns.columns {
            guard let value = row[column: column.number], !SheetWords.isBlank(value.text) else { continue }
            guard case .field(let f) = column.meaning else { return false }
            if Self.listingRoles.contains(f.role) { lists = true } else if !Self.programmeRoles.contains(f.role) { return false }
        }
        return lists
    }

    /// Registers the agency and the place a listing row names.
    mutating func readListing(_ row: SheetRow) {
        registerLead(row)
        _ = readPlace(row)
    }

    /// `yes`/`no` in English and French (and `true`/`false`, `1`/`0`), or nil.
    static func flag(_ text: String) -> Bool? {
        switch SheetWords.folded(text) {
        case "yes", "y", "true", "1", "oui", "o", "vrai", "x": return true
        case "no", "n", "false", "0", "non", "faux": return false
        default: return nil
        }
    }

    /// The programme's own fields from its columns, over `programme` as the options made it.
    mutating func applyProgrammeCells(to programme: inout Programme) {
        let p = programmeCells
        if let c = p[.programmeID], !options.idIsExplicit {
            if let refusal = IdentifierRule.refusal(of: c.text, naming: "programme id") {
                error(at: c, code: "malformed-id", refusal)
            } else {
                programme.id = Programme.ID(c.text)
            }
        }
        if let c = p[.programmeTitle], !options.titleIsExplicit { programme.title = c.text }
        programme.description = p[.programmeDescription]?.text
        var crisis: CrisisType?
        if let c = p[.programmeCrisis] {
            crisis = CrisisType.allCases.first { SheetWords.folded($0.rawValue) == SheetWords.folded(c.text) }
            if crisis == nil {
                let words = CrisisType.allCases.map(\.rawValue)
                error(at: c, code: "sheet-crisis",
                      "crisis '\(c.text)' is not one this tool knows\(SheetWords.suggestion(for: c.text, among: words)); use one of \(words.joined(separator: ", "))")
            }
        }
        let start = date(p[.programmeStart]), end = date(p[.programmeEnd])
        if crisis != nil || p[.programmeLocation] != nil || start != nil || end != nil {
            programme.context = Context(crisis: crisis, location: p[.programmeLocation]?.text, start: start, end: end)
        }
        if let c = p[.programmeRevision] {
            if let r = Int(c.text) { programme.revision = r } else {
                error(at: c, code: "sheet-revision", "revision '\(c.text)' is not a whole number; write the programme's revision, for example 3")
            }
        }
        programme.updated = date(p[.programmeUpdated])
        if let c = p[.programmeFramework] {
            programme.declaresFramework = true
            if c.text != options.framework.displayID {
                error(at: c, code: "sheet-framework",
                      "the sheet's levels and standards are those of framework '\(c.text)', not '\(options.framework.displayID)'; give --framework FILE, a programme file that defines '\(c.text)'")
            }
        }
    }
}
