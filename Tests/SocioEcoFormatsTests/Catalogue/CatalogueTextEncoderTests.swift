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
}
