import SocioEcoModel
import Testing

@Suite("The CPMS 2019 guidance catalogue")
struct GuidanceCatalogueTests {
    static let framework = Framework.cpms2019
    static let catalogue = GuidanceCatalogue.cpms2019

    @Test("at least three entries for every strategy 15 to 20 at each main level, six at society")
    func completeness() {
        #expect(Self.strategiesToFill.map(\.id.rawValue) == ["15", "16", "17", "18", "19", "20"])
        #expect(Self.coverageProblems(Self.catalogue) == [])
    }

    @Test("each entry: a strategy at its main levels, a well-formed id, a short title, one sentence, a phase",
          arguments: GuidanceCatalogue.cpms2019.entries)
    func entry(_ entry: GuidanceEntry) {
        #expect(Self.entryProblems(entry) == [])
    }

    @Test("ids and titles unique; fixed order by standard, then home level innermost first")
    func catalogueWide() {
        #expect(Self.catalogueProblems(Self.catalogue) == [])
        for phase in Phase.allCases {
            #expect(!Self.catalogue.entries(fitting: phase).isEmpty, "nothing for \(phase)")
        }
    }

    @Test("the checks catch broken data")
    func checksCanFail() throws {
        let good = try #require(Self.catalogue.entry("g-16-family-parenting"))
        var e = good
        e.standard = "7"
        #expect(Self.entryProblems(e).contains("g-16-family-parenting: standard 7 is not a strategy"))
        e = good
        e.levels = ["street"]
        #expect(Self.entryProblems(e).contains("g-16-family-parenting: no level street"))
        e = good
        e.levels = ["society", "family"]
        #expect(Self.entryProblems(e).contains("g-16-family-parenting: levels not innermost first, or repeated"))
        e = good
        e.id = "g-16-family parenting"
        #expect(Self.entryProblems(e).contains("g-16-family parenting: id is not well formed"))
        e = good
        e.id = "g-15-child-parenting"
        #expect(Self.entryProblems(e).contains("g-15-child-parenting: id does not start with g-16-family-"))
        e = good
        e.title = String(repeating: "x", count: GuidanceEntry.titleLimit + 1)
        #expect(Self.entryProblems(e).contains("g-16-family-parenting: title of 61 characters"))
        e.title = " \t"
        #expect(Self.entryProblems(e).contains("g-16-family-parenting: blank title"))
        e = good
        e.summary = "Helps parents. Helps children."
        #expect(Self.entryProblems(e).contains("g-16-family-parenting: summary holds more than one sentence"))
        e.summary = "helps parents\u{7}"
        #expect(Self.entryProblems(e).count == 3)
        e = good
        e.phases = []
        #expect(Self.entryProblems(e) == ["g-16-family-parenting: fits no phase"])
        e.phases = [.response, .prevention]
        #expect(Self.entryProblems(e) == ["g-16-family-parenting: phases not in phase order, or repeated"])

        let thin = GuidanceCatalogue(entries: Self.catalogue.entries.filter { $0.standard != "19" && !$0.levels.contains("society") }, provenance: "")
        #expect(Self.coverageProblems(thin) == [
            "standard 19 at child: 0 entries", "standard 19 at family: 0 entries",
            "standard 20 at society: 0 entries", "society: 0 entries",
        ])
        let shuffled = GuidanceCatalogue(entries: Self.catalogue.entries.reversed() + [good], provenance: "")
        let problems = Self.catalogueProblems(shuffled)
        #expect(problems.contains("repeated ids: g-16-family-parenting"))
        #expect(problems.contains("repeated titles: Parenting and caregiver support groups"))
        #expect(problems.contains { $0.hasPrefix("out of order: ") })
    }

    @Test("the catalogue says whose reading it is, and only CPMS programmes get it")
    func provenance() {
        #expect(Self.catalogue.provenance == "socioeco's reading of the CPMS 2019, not CPMS text")
        #expect(Framework.cpms2019.guidance == Self.catalogue)
        let custom = Framework(kind: .custom, name: "local", levels: Self.framework.levels, standards: Self.framework.standards)
        #expect(custom.guidance.isEmpty)
    }

    @Test("queries return catalogue entries in catalogue order")
    func queries() {
        let family16 = Self.catalogue.entries(for: "16", at: "family")
        #expect(family16.map(\.id) == Self.catalogue.entries.filter { $0.standard == "16" && $0.levels.contains("family") }.map(\.id))
        #expect(Self.catalogue.entries(for: "16").map(\.id) == family16.map(\.id))
        #expect(Self.catalogue.entries(for: "28").isEmpty)
        #expect(Self.catalogue.entries(for: "15", at: "society").isEmpty)
        #expect(Self.catalogue.entry("g-nothing") == nil)
    }

    // MARK: - The checks, as functions so that a test can show they fail on broken data

    /// The strategies whose holes the catalogue must fill level by level; 14 asks for
    /// every level at once and is filled by all the others together.
    static let strategiesToFill = framework.strategies.filter { $0.id != Framework.socioEcologicalApproach }

    static func coverageProblems(_ catalogue: GuidanceCatalogue) -> [String] {
        var problems: [String] = []
        for strategy in strategiesToFill {
            if strategy.mainLevels.isEmpty { problems.append("standard \(strategy.id) has no main level") }
            for level in strategy.mainLevels {
                let count = catalogue.entries(for: strategy.id, at: level).count
                if count < 3 { problems.append("standard \(strategy.id) at \(level): \(count) entries") }
            }
        }
        let society = catalogue.entries(at: "society").count
        if society < 6 { problems.append("society: \(society) entries") }
        return problems
    }

    static func entryProblems(_ entry: GuidanceEntry) -> [String] {
        var problems: [String] = []
        func add(_ text: String) { problems.append("\(entry.id): \(text)") }
        if let standard = framework.standard(entry.standard) {
            if !standard.isStrategy { add("standard \(entry.standard) is not a strategy") }
            if !entry.levels.contains(where: standard.mainLevels.contains) { add("works at none of its standard's main levels") }
        } else {
            add("no standard \(entry.standard)")
        }
        if entry.levels.isEmpty { add("works at no level") }
        for level in entry.levels where !framework.contains(level) { add("no level \(level)") }
        let ranks = entry.levels.compactMap { framework.level($0)?.rank }
        if ranks != ranks.sorted() || Set(ranks).count != ranks.count { add("levels not innermost first, or repeated") }

        if !Identifier<Never>.isWellFormed(entry.id.rawValue) { add("id is not well formed") }
        let prefix = "g-\(entry.standard)-\(homeLevel(of: entry)?.id.rawValue ?? "?")-"
        if !entry.id.rawValue.hasPrefix(prefix) { add("id does not start with \(prefix)") }

        if TitleRule.isBlank(entry.title) { add("blank title") }
        if entry.title.count > GuidanceEntry.titleLimit { add("title of \(entry.title.count) characters") }
        if entry.title.first == " " || entry.title.last == " " { add("title has outer spaces") }
        if entry.title.hasSuffix(".") { add("title is a sentence, not a phrase") }
        if !isPrintable(entry.title) { add("control character in the title") }

        let s = entry.summary
        if s.first?.isUppercase != true { add("summary does not start with a capital") }
        if !s.hasSuffix(".") { add("summary does not end with a full stop") }
        if s.dropLast().contains(".") { add("summary holds more than one sentence") }
        if !isPrintable(s) { add("control character in the summary") }

        if entry.phases.isEmpty { add("fits no phase") }
        if entry.phases != Phase.allCases.filter(entry.phases.contains) { add("phases not in phase order, or repeated") }
        return problems
    }

    static func catalogueProblems(_ catalogue: GuidanceCatalogue) -> [String] {
        var problems: [String] = []
        let ids = catalogue.entries.map(\.id.rawValue)
        let repeatedIDs = Set(ids.filter { id in ids.filter { $0 == id }.count > 1 })
        if !repeatedIDs.isEmpty { problems.append("repeated ids: \(repeatedIDs.sorted().joined(separator: " "))") }
        let titles = catalogue.entries.map(\.title)
        let repeatedTitles = Set(titles.filter { t in titles.filter { $0 == t }.count > 1 })
        if !repeatedTitles.isEmpty { problems.append("repeated titles: \(repeatedTitles.sorted().joined(separator: " | "))") }
        let keys = catalogue.entries.map { entry in
            (framework.standards.firstIndex { $0.id == entry.standard } ?? -1, homeLevel(of: entry)?.rank ?? -1)
        }
        for (i, (a, b)) in zip(keys, keys.dropFirst()).enumerated() where a > b {
            problems.append("out of order: \(catalogue.entries[i].id) before \(catalogue.entries[i + 1].id)")
        }
        return problems
    }

    /// The innermost of the standard's main levels that the entry works at: the level
    /// its id names and the catalogue sorts it by.
    static func homeLevel(of entry: GuidanceEntry) -> Level? {
        let main = framework.standard(entry.standard)?.mainLevels ?? []
        return framework.levelsByRank.first { entry.levels.contains($0.id) && main.contains($0.id) }
    }

    /// No C0 or C1 control character, so the text is safe in a terminal and in XML 1.0.
    static func isPrintable(_ text: String) -> Bool {
        !text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
    }
}
