import SocioEcoModel

/// What each column of a 5W sheet means: found from its HXL hashtag, or, in a sheet with
/// no hashtag row, from its header (English or French). Every column that means nothing
/// to the model is `carried`, so the import keeps it.
///
/// The hashtag of a column can come from more than the sheet (`Source`): a table of
/// headers and hashtags given beside the sheet (`SheetHeaderMap`) tags an untagged
/// workbook, and wins over the sheet's own hashtag row for the columns it names.
public struct SheetColumnMap: Hashable, Sendable {
    public enum Source: String, Hashable, Sendable {
        case hashtagRow = "the sheet's hashtag row"
        case header = "the header"
        case map = "the map"
    }

    public enum Meaning: Hashable, Sendable {
        /// One of socioeco's columns.
        case field(FiveWColumn)
        /// A `#targeted`/`#reached` count: kept as a carried column, and a non-zero count
        /// adds the group (when the attributes name one) to the intervention.
        case count(PopulationGroup?)
        /// Kept on each intervention as extension markup and given back by `export`.
        case carried
    }

    public struct Column: Hashable, Sendable {
        public var number: Int
        /// The header cell, as written (empty when the sheet has none).
        public var header: String
        /// The hashtag cell as written, when there is one.
        public var hashtagText: String?
        public var hashtag: HXLHashtag?
        public var source: Source?
        public var meaning: Meaning
    }

    public var columns: [Column]
    /// The first row that holds data.
    public var firstDataRow: Int
    /// The sheet's hashtag row, if it has one.
    public var hashtagRow: Int?
    /// Problems with the columns themselves (a role given twice).
    public var problems: [(row: Int, column: Int, message: String)] = []

    public static func == (a: Self, b: Self) -> Bool { a.columns == b.columns && a.firstDataRow == b.firstDataRow }
    public func hash(into h: inout Hasher) { h.combine(columns); h.combine(firstDataRow) }

    /// Where each role is (0 for none), looked up for every cell of every row: a flat
    /// table by role and admin level, since hashing a key per cell dominated large imports.
    private var positions = [Int](repeating: 0, count: FiveWColumn.Role.allCases.count * Self.levelSlots)
    private static let levelSlots = 8

    private static func slot(_ role: FiveWColumn.Role, _ adminLevel: Int?) -> Int? {
        let level = adminLevel.map { $0 + 1 } ?? 0
        guard (0..<levelSlots).contains(level) else { return nil }
        return role.ordinal * levelSlots + level
    }

    /// The column of a role, if the sheet has one.
    public func column(for role: FiveWColumn.Role, adminLevel: Int? = nil) -> Int? {
        guard let i = Self.slot(role, adminLevel), positions[i] != 0 else { return nil }
        return positions[i]
    }

    /// The column a hashtag names: the first whose hashtag is the same, else the first
    /// it matches (HXL's rule: the tag and at least its attributes), else the column of
    /// socioeco's role it means (`#org+code` finds an `#org+acronym` column).
    public func column(matching pattern: HXLHashtag) -> Int? {
        if let c = columns.first(where: { $0.hashtag == pattern }) { return c.number }
        if let c = columns.first(where: { $0.hashtag?.isMatched(by: pattern) == true }) { return c.number }
        if case .field(let f) = Self.meaning(of: pattern) { return column(for: f.role, adminLevel: f.adminLevel) }
        return nil
    }

    /// Whether a row is a hashtag row: at least one cell, and every non-blank cell, a hashtag.
    public static func isHashtagRow(_ row: SheetRow) -> Bool {
        var any = false
        for cell in row.cells {
            let t = cell.value.text
            if SheetWords.isBlank(t) { continue }
            guard HXLHashtag(t) != nil else { return false }
            any = true
        }
        return any
    }

    /// The map from the sheet's first rows: `first` the header row (or the hashtag row
    /// itself when the sheet has no header), `second` the row after it.
    public init(first: SheetRow, second: SheetRow?, map: SheetHeaderMap? = nil) {
        let tags: SheetRow?
        let header: SheetRow?
        if Self.isHashtagRow(first) {
            (header, tags) = (nil, first)
            firstDataRow = first.number + 1
            hashtagRow = first.number
        } else if let second, Self.isHashtagRow(second) {
            (header, tags) = (first, second)
            firstDataRow = second.number + 1
            hashtagRow = second.number
        } else {
            (header, tags) = (first, nil)
            firstDataRow = first.number + 1
        }
        let last = max(header?.cells.last?.column ?? 0, tags?.cells.last?.column ?? 0)
        columns = []
        var taken: [FiveWColumn: Int] = [:]
        for n in stride(from: 1, through: last, by: 1) {
            let headerText = header?[column: n]?.text ?? ""
            var tagText = tags?[column: n]?.text.trimmingSpaces
            var tag = tagText.flatMap { HXLHashtag($0) }
            let mapped = header == nil ? nil : map?.entry(forHeader: headerText)
            if let mapped { (tagText, tag) = (mapped.hashtagText, mapped.hashtag) }
            if SheetWords.isBlank(headerText) && tag == nil { continue }
            var meaning = Meaning.carried
            var source: Source?
            if let tag {
                meaning = Self.meaning(of: tag)
                source = mapped == nil ? .hashtagRow : .map
            } else if tags == nil, let f = Self.byHeader[SheetWords.folded(headerText.split(separator: "\n").first.map(String.init) ?? "")] {
                meaning = .field(f)
                source = .header
            }
            if case .field(let f) = meaning {
                if let earlier = taken[f] {
                    problems.append((row: tags?.number ?? first.number, column: n,
                                     message: "column \(SheetColumnName.letters(n)) and column \(SheetColumnName.letters(earlier)) are both '\(f.hashtag)' (\(f.header)); keep one"))
                    meaning = .carried
                } else {
                    taken[f] = n
                }
            }
            if case .field(let f) = meaning, let i = Self.slot(f.role, f.adminLevel) { positions[i] = n }
            columns.append(Column(number: n, header: headerText, hashtagText: tagText.flatMap { $0.isEmpty ? nil : $0 },
                                  hashtag: tag, source: source, meaning: meaning))
        }
    }

    /// The column a hashtag names: the socioeco column whose hashtag matches it with the
    /// most attributes; a lead agency column is never one that names implementers or
    /// funders.
    static func meaning(of tag: HXLHashtag) -> Meaning {
        if tag.tag == "targeted" || tag.tag == "reached" { return .count(group(of: tag)) }
        var best: (FiveWColumn, Int)?
        for column in FiveWColumn.all + aliases {
            let pattern = column.pattern
            guard tag.isMatched(by: pattern) else { continue }
            if column.role == .leadCode || column.role == .leadName || column.role == .leadType,
               !tag.attributes.isDisjoint(with: ["impl", "funder", "prog", "partner"]) { continue }
            if best == nil || pattern.attributes.count > best!.1 { best = (column, pattern.attributes.count) }
        }
        guard let (column, _) = best else { return .carried }
        return .field(FiveWColumn.all.first { $0.role == column.role && $0.adminLevel == column.adminLevel } ?? column)
    }

    /// Hashtags other 5Ws use for socioeco's columns.
    static let aliases: [FiveWColumn] = [
        .init(role: .leadCode, header: "", hashtag: "#org+acronym"),
        .init(role: .partnerCodes, header: "", hashtag: "#org+impl+acronym"),
        .init(role: .partnerCodes, header: "", hashtag: "#org+partner+code"),
        .init(role: .partnerNames, header: "", hashtag: "#org+partner+name"),
    ]

    /// `+f +children` girls, `+m +children` boys, `+disabled` children with disabilities.
    static func group(of tag: HXLHashtag) -> PopulationGroup? {
        let a = tag.attributes
        if a.contains("disabled") || a.contains("disabilities") { return "children-with-disabilities" }
        if a.contains("children") && a.contains("f") { return "girls" }
        if a.contains("children") && a.contains("m") { return "boys" }
        return nil
    }

    /// Folded English and French headers to columns.
    static let byHeader: [String: FiveWColumn] = {
        var out: [String: FiveWColumn] = [:]
        for c in FiveWColumn.all {
            out[SheetWords.folded(c.header)] = c
            out[SheetWords.folded(c.frenchHeader)] = c
        }
        let more: [(String, String)] = [
            ("Activity ID", "#activity+id"), ("Project code", "#activity+id"), ("Code projet", "#activity+id"),
            ("Activity name", "#activity+name"), ("Title", "#activity+name"), ("Titre", "#activity+name"),
            ("Nom de l'activité", "#activity+name"), ("Level", "#activity+level"), ("Niveau", "#activity+level"),
            ("Standards", "#activity+cpms"), ("Organisation", "#org+name"), ("Organization", "#org+name"),
            ("Organisation type", "#org+type"), ("Organization type", "#org+type"), ("Type d'organisation", "#org+type"),
            ("Implementing partners", "#org+impl+name"), ("Partenaires de mise en œuvre", "#org+impl+name"),
            ("Start", "#date+start"), ("End", "#date+end"), ("Début", "#date+start"), ("Fin", "#date+end"),
            ("Beneficiaries", "#beneficiary"), ("Bénéficiaires", "#beneficiary"), ("Région", "#adm1+name"),
            ("Statut de l'activité", "#status"), ("Activity status", "#status"),
        ]
        for (header, tag) in more {
            if case .field(let f) = meaning(of: HXLHashtag(tag)!) { out[SheetWords.folded(header)] = f }
        }
        return out
    }()
}
