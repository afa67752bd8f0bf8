import SocioEcoModel

extension FiveWImportState {
    /// How the rows of one intervention are recognised.
    enum Key {
        /// The cells of these columns, in order (`--key`, or the `#activity+id` column).
        case columns([Int])
        /// The activity code and the lead agency: a sheet with no id column.
        case codeAndLead
    }

    /// Finds the columns `--where`, `--key` and the codes table name. A column the sheet
    /// lacks is said once, at the header row, rather than once for every row.
    mutating func findColumns(headerRow: Int) {
        let advice = "tag it in the sheet's hashtag row or with --map"
        for f in options.filters {
            if let n = columns.column(matching: f.hashtag) {
                filterColumns.append((n, f.value))
            } else {
                error(row: headerRow, column: 0, code: "sheet-column",
                      "--where names '\(f.hashtag)', which no column of the sheet has; \(advice)")
            }
        }
        if let hashtags = options.key {
            var found: [Int] = []
            for tag in hashtags {
                if let n = columns.column(matching: tag) {
                    found.append(n)
                } else {
                    error(row: headerRow, column: 0, code: "sheet-no-id", "--key names '\(tag)', which no column of the sheet has; \(advice)")
                }
            }
            if found.count == hashtags.count { key = .columns(found) }
        } else if let n = columns.column(for: .interventionID) {
            key = .columns([n])
        } else if columns.column(for: .activityCode) != nil {
            key = .codeAndLead
        } else {
            error(row: headerRow, column: 0, code: "sheet-no-id",
                  "no column holds the intervention id ('#activity+id') or an activity code ('#activity+code') to make one from; \(advice), or name the columns that identify an intervention with --key")
        }
        if let codes = options.codes {
            codesColumn = columns.column(matching: codes.keyHashtag)
            if codesColumn == nil {
                error(row: headerRow, column: 0, code: "sheet-column",
                      "the codes table \(codes.file) is keyed on '\(codes.keyHashtag)', which no column of the sheet has; \(advice)")
            }
        }
    }

    /// The text that groups a row with the others of its intervention, and the id that
    /// text makes; nil (an error, or a row left out) when the row lacks a key cell.
    mutating func interventionKey(_ row: SheetRow) -> (String, Intervention.ID)? {
        switch key {
        case nil:
            return nil
        case .codeAndLead:
            guard let code = cell(row, .activityCode) else {
                incomplete(row, column: columns.column(for: .activityCode) ?? 0,
                           "no intervention id ('#activity+id') and no activity code ('#activity+code') to make one from")
                return nil
            }
            let lead = cell(row, .leadCode).map { SheetWords.slug($0.text) } ?? cell(row, .leadName).map { SheetWords.slug($0.text) }
            let made = SheetWords.slug(code.text) + (lead.map { "-" + $0 } ?? "")
            return (made, Intervention.ID(String(made.prefix(64))))
        case .columns(let numbers):
            var texts: [String] = []
            for n in numbers {
                guard let value = row[column: n]?.text.trimmingSpaces, !value.isEmpty else {
                    incomplete(row, column: n, "no \(describe(column: n)), which identifies the intervention")
                    return nil
                }
                texts.append(value)
            }
            // A part that is an id already is kept as written; any other is made one.
            let made = texts.map { Identifier<Never>.isWellFormed($0) ? $0 : SheetWords.slug($0) }.joined(separator: "-")
            var id = String(made.prefix(64))
            while id.hasSuffix("-") { id.removeLast() }
            return (texts.joined(separator: "\u{1F}"), Intervention.ID(id))
        }
    }

    /// `id`, or `id-2`, `id-3`... when another key made it first.
    mutating func uniqueID(_ id: Intervention.ID) -> Intervention.ID {
        var candidate = id
        var n = 1
        while usedIDs.contains(candidate) {
            n += 1
            let suffix = "-\(n)"
            candidate = Intervention.ID(String(id.rawValue.prefix(64 - suffix.count)) + suffix)
        }
        usedIDs.insert(candidate)
        return candidate
    }

    /// A column as a message names it: its hashtag and its header's first line.
    func describe(column n: Int) -> String {
        guard let c = columns.columns.first(where: { $0.number == n }) else { return SheetColumnName.letters(n) }
        let header = SheetHeaderMap.key(c.header).isEmpty ? "" : " ('\(c.header.split(whereSeparator: \.isNewline).first.map(String.init)?.trimmingSpaces ?? "")')"
        return "'\(c.hashtagText ?? c.header)'" + (c.hashtagText == nil ? "" : header)
    }

    /// A row that lacks what an intervention needs: an error at the cell, or, with
    /// `--skip-incomplete`, the row left out and listed.
    mutating func incomplete(_ row: SheetRow, column: Int, _ what: String) {
        if options.skipIncomplete {
            skip(row: row.number, column: column, "skipped: the row has \(what)")
        } else {
            error(row: row.number, column: column, code: "sheet-no-id", "the row has \(what); fill it in, or give --skip-incomplete to leave such rows out")
        }
    }

    /// Lists a row left out; past the first `ReaderLimits.maximumDiagnostics` rows they
    /// are counted only, so a sheet without its key column stays in bounded memory.
    mutating func skip(row: Int, column: Int, _ message: String) {
        skippedCount += 1
        guard skipped.count < ReaderLimits.maximumDiagnostics else { return }
        skipped.append(Diagnostic(file: file, line: row, column: column, sheet: sheet, severity: .note, code: "sheet-skipped", message: message))
    }

    /// A note that is no error: the import goes on.
    mutating func note(row: Int, column: Int, code: String, _ message: String) {
        let d = Diagnostic(file: file, line: row, column: column, sheet: sheet, severity: .note, code: code, message: message)
        if diagnostics.count < ReaderLimits.maximumDiagnostics { diagnostics.append(d) } else { problemsLeftOut += 1 }
    }

    /// The row's dates: rows of one intervention that give different ranges widen it to
    /// the earliest start and the latest end (a project reported once per period).
    mutating func readDates(_ row: SheetRow, into draft: inout Draft) {
        if let c = cell(row, .start), let d = date(c) {
            if let earlier = draft.start {
                if d != earlier.date { draft.datesWidened = true }
                if d < earlier.date { draft.start = (d, c) }
            } else {
                draft.start = (d, c)
            }
        }
        if let c = cell(row, .end), let d = date(c) {
            if let earlier = draft.end {
                if d != earlier.date { draft.datesWidened = true }
                if d > earlier.date { draft.end = (d, c) }
            } else {
                draft.end = (d, c)
            }
        }
    }

    /// The cell the codes table is looked up by; rows of one intervention must agree on it.
    mutating func readCodesKey(_ row: SheetRow, into draft: inout Draft) {
        guard let n = codesColumn, let text = row[column: n]?.text.trimmingSpaces, !text.isEmpty else { return }
        let c = Cell(text: text, row: row.number, column: n)
        guard let earlier = draft.codesKey else {
            draft.codesKey = c
            return
        }
        // The scalar columns are compared already; another column is compared here.
        if earlier.text != text, !Self.scalarRoles.contains(where: { columns.column(for: $0) == n }) {
            error(at: c, code: "sheet-rows-differ",
                  "'\(text)' differs from '\(earlier.text)' in row \(earlier.row) for intervention '\(draft.id)', and the codes table is looked up by this column; rows of one intervention must agree here")
        }
    }
}
