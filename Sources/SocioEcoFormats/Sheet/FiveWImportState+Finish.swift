import SocioEcoModel

extension FiveWImportState {
    /// The programme the drafts make, after checking every cell that needs the whole
    /// intervention (the codes table, levels, words, dates) and the model's own rules.
    mutating func finish() -> Programme {
        var interventions: [Intervention] = []
        // Draft of each intervention kept: `--skip-incomplete` leaves some out.
        var kept: [Int] = []
        let carried = carriedOrder
        for (i, draft) in drafts.enumerated() {
            guard let intervention = intervention(from: draft, carried: carried) else { continue }
            interventions.append(intervention)
            kept.append(i)
            rowsImported += draft.rows
        }
        interventionCount = interventions.count
        var agencyList = agencies.map(\.agency), placeList = places
        if kept.count < drafts.count { prune(&agencyList, &placeList, keeping: interventions) }
        var programme = Programme(id: options.programmeID, framework: options.framework, title: options.title,
                                  agencies: agencyList, places: placeList, interventions: interventions)
        programme.declaresFramework = options.framework.kind == .custom
        applyProgrammeCells(to: &programme)
        if !hasErrors {
            for problem in programme.problems() {
                var row = 1
                var column = 0
                switch problem.path {
                case .interventionDependsOn(let i, _):
                    row = drafts[i].scalars[.dependsOn]?.row ?? drafts[i].firstRow
                    column = columns.column(for: .dependsOn) ?? 0
                case .intervention(let i), .interventionTitle(let i), .interventionDescription(let i),
                     .interventionLevel(let i, _), .interventionStandard(let i, _), .interventionReaches(let i, _):
                    row = drafts[kept[i]].firstRow
                default: break
                }
                error(row: row, column: column, code: problem.code.rawValue, problem.message)
            }
        }
        return programme
    }

    /// Leaves out the agencies and places only interventions left out named; a place
    /// stays while a place under it is kept.
    private func prune(_ agencies: inout [Agency], _ places: inout [Place], keeping interventions: [Intervention]) {
        var usedAgencies = Set<Agency.ID>()
        var usedPlaces = Set<Place.ID>()
        let parent = Dictionary(places.map { ($0.id, $0.parent) }, uniquingKeysWith: { a, _ in a })
        for i in interventions {
            if let lead = i.lead { usedAgencies.insert(lead) }
            usedAgencies.formUnion(i.partners)
            for p in i.places {
                var next: Place.ID? = p
                while let id = next, usedPlaces.insert(id).inserted { next = parent[id] ?? nil }
            }
        }
        agencies.removeAll { !usedAgencies.contains($0.id) }
        places.removeAll { !usedPlaces.contains($0.id) }
    }

    private mutating func intervention(from draft: Draft, carried carriedOrder: [SheetCarriedCell.ColumnKey]) -> Intervention? {
        let s = draft.scalars
        let entry = draft.codesKey.flatMap { options.codes?.entries[$0.text] }
        if options.skipIncomplete, s[.levels] == nil, entry?.levels == nil {
            for row in draft.rowNumbers {
                skip(row: row, column: columns.column(for: .levels) ?? 0,
                     "skipped: intervention '\(draft.id)' has no level\(options.codes == nil ? "" : ", in the sheet or the codes table")")
            }
            return nil
        }
        // A range no row can mend (the end before the start) leaves the intervention
        // without dates a programme can hold.
        if options.skipIncomplete, let start = draft.start, let end = draft.end, end.date < start.date {
            for row in draft.rowNumbers {
                skip(row: row, column: end.cell.column,
                     "skipped: intervention '\(draft.id)' ends (\(end.date)) before it starts (\(start.date))")
            }
            return nil
        }
        var title = s[.title]?.text
        if title == nil, let t = entry?.title { title = t.text }
        if title == nil {
            error(row: draft.firstRow, column: columns.column(for: .title) ?? 0, code: "sheet-no-title",
                  "intervention '\(draft.id)' has no title: fill in '#activity+name'\(options.codes == nil ? "" : " or give its activity code a title in the codes table")")
        }
        var levels: [Level.ID] = []
        if let c = s[.levels] {
            levels = self.levels(c.text) { state, code, message in state.error(at: c, code: code, message) }
        } else if let c = entry?.levels {
            levels = self.levels(c.text) { state, code, message in state.error(at: c, code: code, message) }
        } else {
            var message = "intervention '\(draft.id)' has no level: fill in '#activity+level'"
            if let code = draft.codesKey, let codes = options.codes {
                let what = codes.keyHashtag == ActivityCodeTable.activityCode ? "activity code" : "'\(codes.keyHashtag)'"
                message += codes.entries[code.text] == nil
                    ? ", or add \(what) '\(code.text)' to \(codes.file)\(SheetWords.suggestion(for: code.text, among: codes.entries.keys.sorted()))"
                    : ", or give \(what) '\(code.text)' its levels in \(codes.file)"
            }
            error(row: draft.firstRow, column: columns.column(for: .levels) ?? 0, code: "sheet-no-level", message)
        }
        var standards: [Standard.ID] = []
        if let c = s[.standards] {
            standards = self.standards(c.text) { state, code, message in state.error(at: c, code: code, message) }
        } else if let c = entry?.standards {
            standards = self.standards(c.text) { state, code, message in state.error(at: c, code: code, message) }
        }
        let phase = word(s[.phase], SheetVocabulary.phases, Phase.allCases, "phase")
        let status = word(s[.status], SheetVocabulary.statuses, InterventionStatus.allCases, "status")
        let lead = lead(of: draft)
        let start = draft.start?.date, end = draft.end?.date
        if let start, let end, end < start, let c = draft.end?.cell {
            error(at: c, code: "intervention-dates", "the end date \(end) is before the start date \(start); swap them or correct one")
        } else if draft.datesWidened {
            note(row: draft.firstRow, column: 0, code: "sheet-dates-widened",
                 "the rows of intervention '\(draft.id)' give different dates; it runs from the earliest start to the latest end (\(start.map(\.description) ?? "no start") to \(end.map(\.description) ?? "no end"))")
        }
        var extensions: [ExtensionMarkup] = []
        if let code = s[.activityCode] { extensions.append(SheetCarriedCell.activityCode(code.text).markup) }
        for key in carriedOrder {
            guard let values = draft.carried[key], let first = values.first else { continue }
            if values.allSatisfy({ $0.value == first.value }) {
                extensions.append(SheetCarriedCell(header: key.header, hashtag: key.hashtag, value: first.value).markup)
            } else {
                for v in values {
                    extensions.append(SheetCarriedCell(header: key.header, hashtag: key.hashtag, row: v.row, value: v.value).markup)
                }
            }
        }
        return Intervention(
            id: draft.id, lead: lead, phase: phase, status: status, title: title ?? "", description: s[.description]?.text,
            levels: levels, standards: standards, reaches: draft.groups,
            partners: draft.partners.filter { $0 != lead }, places: draft.places, start: start, end: end,
            indicators: draft.indicators, dependsOn: dependsOn(s[.dependsOn]), extensions: extensions)
    }

    /// The interventions a cell says this one depends on; whether they exist is checked
    /// with the model's own rules once every row is read.
    private mutating func dependsOn(_ cell: Cell?) -> [Intervention.ID] {
        guard let cell else { return [] }
        var ids: [Intervention.ID] = []
        for word in SheetWords.list(cell.text) {
            if let refusal = IdentifierRule.refusal(of: word, naming: "intervention id") {
                error(at: cell, code: "malformed-id", refusal)
            } else if !ids.contains(Intervention.ID(word)) {
                ids.append(Intervention.ID(word))
            }
        }
        return ids
    }

    private mutating func word<T: RawRepresentable>(_ cell: Cell?, _ table: [String: T], _ all: [T], _ what: String) -> T?
    where T.RawValue == String {
        guard let cell else { return nil }
        if let value = SheetVocabulary.lookUp(cell.text, in: table) { return value }
        error(at: cell, code: "sheet-\(what)",
              "\(what) '\(cell.text)' is not one this tool knows\(SheetWords.suggestion(for: cell.text, among: Array(table.keys).sorted())); use one of \(SheetVocabulary.accepted(all)) or a word listed in docs/spreadsheet-format.md")
        return nil
    }

    mutating func date(_ cell: Cell?) -> CalendarDate? {
        guard let cell else { return nil }
        if let d = CalendarDate(cell.text) ?? CalendarDate(String(cell.text.prefix(10))) { return d }
        error(at: cell, code: "sheet-date", "'\(cell.text)' is not a date; write it YYYY-MM-DD (for example 2024-03-31) or make the cell a date")
        return nil
    }
}
