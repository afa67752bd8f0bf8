import SocioEcoModel
import Testing

@Suite("The CPMS 2019 guidance catalogue")
struct GuidanceCatalogueTests {
    static let framework = Framework.cpms2019
    static let catalogue = GuidanceCatalogue.cpms2019

    /// The strategies whose holes the catalogue must fill level by level; 14 asks for
    /// every level at once and is filled by all the others together.
    static let strategies = framework.strategies.filter { $0.id != Framework.socioEcologicalApproach }

    @Test("at least three entries for every strategy 15 to 20 at each of its main levels")
    func everyStrategyAndMainLevel() {
        #expect(Self.strategies.map(\.id.rawValue) == ["15", "16", "17", "18", "19", "20"])
        for strategy in Self.strategies {
            #expect(!strategy.mainLevels.isEmpty, "standard \(strategy.id) has no main level to fill")
            for level in strategy.mainLevels {
                let found = Self.catalogue.entries(for: strategy.id, at: level)
                #expect(found.count >= 3, "standard \(strategy.id) at \(level): \(found.count) entries")
            }
        }
    }

    @Test("at least six entries at the society level")
    func society() {
        #expect(Self.catalogue.entries(at: "society").count >= 6)
    }

    @Test("every entry's standard is a strategy of the framework, worked at one of its main levels")
    func standardsAndLevels() throws {
        for entry in Self.catalogue.entries {
            let standard = try #require(Self.framework.standard(entry.standard), "\(entry.id): no standard \(entry.standard)")
            #expect(standard.isStrategy, "\(entry.id): standard \(entry.standard) is not a strategy")
            #expect(!entry.levels.isEmpty, "\(entry.id) works at no level")
            for level in entry.levels {
                #expect(Self.framework.contains(level), "\(entry.id): no level \(level)")
            }
            #expect(entry.levels.contains { standard.mainLevels.contains($0) },
                    "\(entry.id) works at none of standard \(entry.standard)'s main levels")
            let ranks = entry.levels.compactMap { Self.framework.level($0)?.rank }
            #expect(ranks == ranks.sorted() && Set(ranks).count == ranks.count, "\(entry.id): levels not innermost first, or repeated")
        }
    }

    @Test("ids are unique, well formed and name the entry's standard and home level")
    func ids() {
        let ids = Self.catalogue.entries.map(\.id)
        #expect(Set(ids).count == ids.count)
        for entry in Self.catalogue.entries {
            #expect(entry.id.isWellFormed, "\(entry.id)")
            #expect(Identifier<Never>.isWellFormed(entry.id.rawValue), "\(entry.id)")
            let home = Self.homeLevel(of: entry)
            #expect(entry.id.rawValue.hasPrefix("g-\(entry.standard)-\(home?.id.rawValue ?? "?")-"), "\(entry.id)")
            #expect(Self.catalogue.entry(entry.id) == entry)
        }
    }

    @Test("titles are short, unique and usable as intervention titles")
    func titles() {
        let titles = Self.catalogue.entries.map(\.title)
        #expect(Set(titles).count == titles.count)
        for entry in Self.catalogue.entries {
            #expect(!TitleRule.isBlank(entry.title), "\(entry.id)")
            #expect(entry.title.count <= GuidanceEntry.titleLimit, "\(entry.id): \(entry.title.count) characters")
            #expect(entry.title == entry.title.trimmingSpaces, "\(entry.id): title has outer spaces")
            #expect(!entry.title.hasSuffix("."), "\(entry.id): a title is a phrase, not a sentence")
            #expect(Self.isPrintable(entry.title), "\(entry.id): control character in the title")
        }
    }

    @Test("each summary is one plain sentence")
    func summaries() {
        for entry in Self.catalogue.entries {
            let s = entry.summary
            #expect(s.first?.isUppercase == true, "\(entry.id): summary does not start with a capital")
            #expect(s.hasSuffix("."), "\(entry.id): summary does not end with a full stop")
            #expect(!s.dropLast().contains("."), "\(entry.id): summary holds more than one sentence")
            #expect(Self.isPrintable(s), "\(entry.id): control character in the summary")
            #expect(s != entry.title, "\(entry.id): summary repeats the title")
        }
    }

    @Test("each entry fits at least one phase, listed once each in phase order")
    func phases() {
        for entry in Self.catalogue.entries {
            #expect(!entry.phases.isEmpty, "\(entry.id) fits no phase")
            #expect(entry.phases == Phase.allCases.filter(entry.phases.contains), "\(entry.id): \(entry.phases)")
        }
        for phase in Phase.allCases {
            #expect(!Self.catalogue.entries(fitting: phase).isEmpty, "nothing for \(phase)")
        }
    }

    @Test("entries keep a fixed order: by standard in framework order, then home level innermost first")
    func order() {
        let keys = Self.catalogue.entries.map { entry in
            (Self.framework.standards.firstIndex { $0.id == entry.standard } ?? -1, Self.homeLevel(of: entry)?.rank ?? -1)
        }
        for (a, b) in zip(keys, keys.dropFirst()) {
            #expect(a <= b, "entries out of order at \(a) then \(b)")
        }
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

private extension String {
    var trimmingSpaces: Substring {
        let start = firstIndex { $0 != " " } ?? endIndex
        let end = lastIndex { $0 != " " }.map(index(after:)) ?? start
        return self[start..<end]
    }
}
