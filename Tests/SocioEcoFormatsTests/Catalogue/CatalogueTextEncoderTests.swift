import SocioEcoFormats
import SocioEcoModel
import Testing

@Suite("Catalogue text encoder")
struct CatalogueTextEncoderTests {
    @Test("CPMS 2019: four levels innermost first, 28 standards in four pillars, strategies 14-20 marked")
    func builtIn() {
        let text = CatalogueTextEncoder().encode(.cpms2019)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(text.hasSuffix("\n"))
        #expect(lines.prefix(3) == ["Framework cpms-2019", "", "Levels, innermost first:"])
        #expect(lines[3].hasPrefix("  1  child"))
        #expect(lines[6].hasPrefix("  4  society"))
        #expect(lines.filter { $0.hasPrefix("Pillar ") }.count == 4)
        let marked = lines.filter { $0.hasPrefix("  * ") }
        #expect(marked.count == 7)
        // Within a pillar ids line up on the right: " 7" above "13".
        #expect(lines.contains { $0.hasPrefix("     7  ") })
        #expect(lines.contains { $0.hasPrefix("    13  ") })
    }

    @Test("names from a custom framework reach the terminal escaped")
    func hostileNames() {
        let framework = Framework(
            kind: .custom, name: "field\u{1B}[31m",
            levels: [
                Level(id: "inner", rank: 1, label: "Child\u{7}"),
                Level(id: "outer", rank: 2, label: nil),
            ],
            standards: [Standard(id: "s1", pillar: 1, isStrategy: true, title: "Care\u{1B}]0;x\u{7}", mainLevels: ["inner"])]
        )
        let text = CatalogueTextEncoder().encode(framework)
        #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{7}" })
        #expect(text.contains("  * s1  "))
        #expect(text.contains("[inner]"))
    }

    @Test("a custom framework's own guidance is listed under its standard, escaped")
    func ownGuidance() {
        let entry = GuidanceEntry(id: "g-1", title: "Home\u{1B}[2J visits", summary: "Visits.", standard: "s1",
                                  levels: ["outer", "inner"], phases: [.prevention, .response])
        let framework = Framework(kind: .custom, name: "fw", levels: [Level(id: "inner", rank: 1), Level(id: "outer", rank: 2)],
                                  standards: [
                                      Standard(id: "s1", pillar: 3, isStrategy: true, title: "Care", guidance: [entry]),
                                      Standard(id: "s22", pillar: 3, isStrategy: true, title: "Other"),
                                  ])
        let lines = CatalogueTextEncoder().encode(framework).split(separator: "\n").map(String.init)
        let i = lines.firstIndex(of: "  *  s1  Care")
        #expect(i != nil)
        let line = i.map { lines[$0 + 1] } ?? ""
        #expect(line.hasPrefix("         - Home"))
        #expect(line.hasSuffix("[2J visits  (g-1; outer inner; prevention response)"))
        #expect(!line.unicodeScalars.contains("\u{1B}"))
        #expect(i.map { lines[$0 + 2] } == "  * s22  Other")
    }
}
