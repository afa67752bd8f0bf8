import SocioEcoModel

extension FiveWImportState {
    /// The groups a row names in `#beneficiary`, and those a non-zero count column implies.
    mutating func readGroups(_ row: SheetRow, into draft: inout Draft) {
        if let c = cell(row, .groups) {
            for word in SheetWords.list(c.text) {
                if let refusal = IdentifierRule.refusal(of: word, naming: "group") {
                    error(at: c, code: "malformed-id", refusal)
                } else if !draft.groups.contains(PopulationGroup(word)) {
                    draft.groups.append(PopulationGroup(word))
                }
            }
        }
        for column in columns.columns {
            guard case .count(let group?) = column.meaning, let value = row[column: column.number] else { continue }
            let number: Double?
            switch value {
            case .number(let d): number = d
            default: number = Double(value.text.trimmingSpaces.replacingOccurrences(",", ""))
            }
            if let number, number != 0, !draft.groups.contains(group) { draft.groups.append(group) }
        }
    }

    /// The indicator a row gives, if any: joined with one of the same id from another row.
    mutating func readIndicator(_ row: SheetRow, into draft: inout Draft) {
        let idCell = cell(row, .indicatorID), name = cell(row, .indicatorName)
        let targetCell = cell(row, .indicatorTarget), unitCell = cell(row, .indicatorUnit)
        guard idCell != nil || name != nil || targetCell != nil || unitCell != nil else { return }
        // An indicator's wording may be blank; the text of a cell that holds only spaces is kept.
        let rawName = columns.column(for: .indicatorName).flatMap { row[column: $0]?.text } ?? ""
        let id: Indicator.ID
        if let idCell {
            if let refusal = IdentifierRule.refusal(of: idCell.text, naming: "indicator id") {
                error(at: idCell, code: "malformed-id", refusal)
                return
            }
            id = Indicator.ID(idCell.text)
        } else {
            id = Indicator.ID(String("\(draft.id)-ind\(draft.indicators.count + 1)".suffix(64)))
        }
        var target: DecimalNumber?
        if let targetCell {
            target = DecimalNumber(targetCell.text)
            if target == nil {
                error(at: targetCell, code: "sheet-number",
                      "target '\(targetCell.text)' is not a number this format takes; write digits with an optional '.' decimal part, no sign or thousands separator")
                return
            }
        }
        var unit: IndicatorUnit?
        if let unitCell {
            unit = SheetVocabulary.lookUp(unitCell.text, in: SheetVocabulary.units)
            if unit == nil {
                error(at: unitCell, code: "sheet-unit",
                      "unit '\(unitCell.text)' is not one this tool knows\(SheetWords.suggestion(for: unitCell.text, among: IndicatorUnit.allCases.map(\.rawValue))); use \(SheetVocabulary.accepted(IndicatorUnit.allCases))")
                return
            }
        }
        let indicator = Indicator(id: id, target: target, unit: unit, text: rawName)
        if let existing = draft.indicators.first(where: { $0.id == id }) {
            if existing != indicator {
                error(at: idCell ?? name!, code: "sheet-rows-differ",
                      "indicator '\(id)' is given differently in another row of intervention '\(draft.id)'; give it the same wording, target and unit")
            }
            return
        }
        draft.indicators.append(indicator)
    }

    /// Levels from a cell: the whole cell as one level's label, else a list of ids or labels.
    private mutating func readLevels(_ text: String, report: (inout Self, String, String) -> Void) -> [Level.ID] {
        let fw = options.framework
        let names = levelNames
        func find(_ word: String) -> Level.ID? { names[SheetWords.folded(word)] }
        if let whole = find(text) { return [whole] }
        var out: [Level.ID] = []
        for word in SheetWords.list(text) {
            if let id = find(word) {
                if !out.contains(id) { out.append(id) }
            } else {
                let candidates = fw.levels.map(\.id.rawValue)
                report(&self, "sheet-level", "level '\(word)' is not a level of framework \(fw.displayID)\(SheetWords.suggestion(for: word, among: candidates)); use one of \(candidates.map { "'\($0)'" }.joined(separator: ", "))")
            }
        }
        return out
    }

    /// Words a standards cell may hold beside the numbers.
    static let standardNoiseWords: Set<String> = ["cpms", "standard", "standards", "std", "norme", "normes"]

    /// How many distinct cell texts the levels and standards read are remembered for.
    static let memoLimit = 10_000

    /// Levels from a cell; a text read before without a problem is not read again: a
    /// 5W repeats a few such cells on thousands of rows.
    mutating func levels(_ text: String, report: (inout Self, String, String) -> Void) -> [Level.ID] {
        if let known = levelsMemo[text] { return known }
        var reported = false
        let out = readLevels(text) { state, code, message in
            reported = true
            report(&state, code, message)
        }
        if !reported, levelsMemo.count < Self.memoLimit { levelsMemo[text] = out }
        return out
    }

    /// Standards from a cell, remembered as levels are.
    mutating func standards(_ text: String, report: (inout Self, String, String) -> Void) -> [Standard.ID] {
        if let known = standardsMemo[text] { return known }
        var reported = false
        let out = readStandards(text) { state, code, message in
            reported = true
            report(&state, code, message)
        }
        if !reported, standardsMemo.count < Self.memoLimit { standardsMemo[text] = out }
        return out
    }

    /// Standards from a cell: ids, with words such as `CPMS` or `standard` before them ignored.
    private mutating func readStandards(_ text: String, report: (inout Self, String, String) -> Void) -> [Standard.ID] {
        let fw = options.framework
        var out: [Standard.ID] = []
        for word in SheetWords.list(text) {
            let folded = SheetWords.folded(word)
            if Self.standardNoiseWords.contains(folded) { continue }
            // Most cells give the standards' own ids.
            if fw.contains(Standard.ID(word)) {
                if !out.contains(Standard.ID(word)) { out.append(Standard.ID(word)) }
                continue
            }
            var candidate = word
            for prefix in ["cpms-", "cpms", "std-", "s"] where candidate.lowercased().hasPrefix(prefix) && !fw.contains(Standard.ID(candidate)) {
                candidate = String(candidate.dropFirst(prefix.count))
            }
            if let s = fw.standards.first(where: { $0.id.rawValue == word }) ?? fw.standards.first(where: { $0.id.rawValue == candidate }) {
                if !out.contains(s.id) { out.append(s.id) }
            } else {
                let candidates = fw.standards.map(\.id.rawValue)
                report(&self, "sheet-standard", "standard '\(word)' is not a standard of framework \(fw.displayID)\(SheetWords.suggestion(for: word, among: candidates)); use the standard's number, for example '\(candidates.first ?? "15")'")
            }
        }
        return out
    }
}

extension FiveWImportState {
    /// Levels by their folded ids and labels (an id wins over another level's label).
    static func levelNames(_ fw: Framework) -> [String: Level.ID] {
        var out: [String: Level.ID] = [:]
        for level in fw.levels.reversed() { if let label = level.label { out[SheetWords.folded(label)] = level.id } }
        for level in fw.levels.reversed() { out[SheetWords.folded(level.id.rawValue)] = level.id }
        return out
    }
}

extension String {
    func replacingOccurrences(_ target: Character, _ replacement: String) -> String {
        String(self.flatMap { $0 == target ? Array(replacement) : [$0] })
    }
}
