import SocioEcoFormats
import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// A custom framework's own guidance in the programme file: the two forms of a
/// standard's title, the round trip, and every breach at its line and column, the same
/// with and without libxml2's XSD validation.
@Suite("Framework guidance in the programme format")
struct FrameworkGuidanceTests {
    static let readers = [
        ProgrammeReader(options: .init(mode: .rules)),
        ProgrammeReader(options: .init(mode: .schemaAndRules)),
    ]

    /// A custom programme whose framework holds `standards` after two levels.
    static func file(_ standards: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <programme xmlns="urn:socioeco:programme:1" id="p" framework="custom">
          <title>P</title>
          <framework>
            <level id="child" rank="1"/>
            <level id="household" rank="2"/>
        \(standards)  </framework>
          <interventions/>
        </programme>

        """
    }

    /// Line:column, code and message of each problem, the same from both readers.
    static func problems(_ standards: String, sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
        let results = readers.map { diagnostics($0, file(standards)).map { "\($0.line):\($0.column) \($0.code) \($0.message)" } }
        #expect(results[0] == results[1], "the checker and libxml2's validator disagree", sourceLocation: sourceLocation)
        return results[0]
    }

    static func diagnostics(_ reader: ProgrammeReader, _ text: String) -> [Diagnostic] {
        do {
            _ = try reader.read(Array(text.utf8), name: "g.xml")
            return []
        } catch {
            return error.diagnostics
        }
    }

    static func read(_ text: String) throws -> Programme {
        try ProgrammeReader().read(Array(text.utf8), name: "g.xml")
    }

    @Test("a standard with a title attribute holds guidance entries, read into the model")
    func readsGuidance() throws {
        let p = try Self.read(Self.file("""
                <standard id="S1" pillar="3" strategy="true" levels="household" title="Families">
                  <guidance id="g-1" title="Home visits" levels="household child" phases="prevention response">Visits to households under strain.</guidance>
                </standard>
                <standard id="S2" pillar="3" strategy="true">Old form</standard>

            """))
        let s = try #require(p.framework.standard("S1"))
        #expect(s.title == "Families")
        #expect(s.guidance == [GuidanceEntry(id: "g-1", title: "Home visits", summary: "Visits to households under strain.",
                                             standard: "S1", levels: ["household", "child"], phases: [.prevention, .response])])
        #expect(p.framework.standard("S2")?.title == "Old form")
        #expect(p.framework.standard("S2")?.guidance == [])
        #expect(p.framework.guidance.entries.map(\.id) == ["g-1"])
    }

    @Test("a standard in the old form reads the same, whitespace of its title and all")
    func oldFormUnchanged() throws {
        let p = try Self.read(Self.file("    <standard id=\"S1\" pillar=\"3\" strategy=\"true\">  Spaced\n title </standard>\n"))
        #expect(p.framework.standard("S1")?.title == "  Spaced\n title ")
        #expect(p.framework.standard("S1")?.guidance == [])
    }

    @Test("the fixture and the Sahel model survive writing and reading again, and canonical form is stable",
          arguments: [Paths.fixture("schema-valid/custom-framework-guidance.xml"), Paths.model("sahel-custom-framework.xml")])
    func roundTrip(path: String) throws {
        let original = try ProgrammeReader().read(contentsOf: path)
        #expect(!original.framework.guidance.isEmpty)
        let written = ProgrammeWriter().encode(original)
        let again = try Self.read(written)
        #expect(again == original)
        #expect(again.framework.standards.map(\.guidance) == original.framework.standards.map(\.guidance))
        #expect(ProgrammeWriter().encode(again) == written)
    }

    @Test("the writer puts the title in its attribute exactly when guidance follows")
    func writerChoosesTheForm() throws {
        let p = try Self.read(try String(contentsOfFile: Paths.fixture("schema-valid/custom-framework-guidance.xml"), encoding: .utf8))
        let written = ProgrammeWriter().encode(p)
        #expect(written.contains("""
            <standard id="S1" pillar="3" strategy="true" levels="child household" title="Support to children &amp; households">
                  <guidance id="g-s1-visits" title="Home visits" levels="household" phases="prevention response" x:source="working group">Trained visitors call on households under strain &lt;weekly&gt; and link them to services.</guidance>
                  <guidance id="g-s1-clubs" title="Children's clubs" levels="child household" phases="response">  Weekly clubs give children a safe place and adults to turn to.  </guidance>
                </standard>
            """))
        // A title attribute with no entries is written in the old form: the model is the same.
        #expect(written.contains("<standard id=\"S2\" pillar=\"3\" strategy=\"true\" levels=\"community\">Community mechanisms</standard>"))
        #expect(written.contains("<standard id=\"R1\" pillar=\"2\" strategy=\"false\">Child labour</standard>"))
    }

    // MARK: The title given once

    @Test("a title both in the attribute and as text is one problem at the standard")
    func titleTwice() {
        #expect(Self.problems("""
                <standard id="S1" pillar="3" strategy="true" title="Families">Families
                  <guidance id="g-1" title="Home visits" levels="household" phases="response">Visits.</guidance>
                </standard>

            """) == [
            "7:5 standard-title <standard> has its title in the title attribute, so it holds <guidance> entries only and no text; remove the text, or remove the title attribute and keep the title as the text",
        ])
    }

    @Test("text after the entries is the same problem")
    func textAfterEntries() {
        #expect(Self.problems("""
                <standard id="S1" pillar="3" strategy="true" title="Families">
                  <guidance id="g-1" title="Home visits" levels="household" phases="response">Visits.</guidance>
                  Families
                </standard>

            """).map { String($0.prefix(19)) } == ["7:5 standard-title "])
    }

    @Test("guidance in a standard without a title attribute leaves it with no title: one problem at the standard")
    func titleNowhere() {
        #expect(Self.problems("""
                <standard id="S1" pillar="3" strategy="true">
                  <guidance id="g-1" title="Home visits" levels="household" phases="response">Visits.</guidance>
                </standard>

            """) == [
            "7:5 standard-title <standard> gives its title as text, so it holds no element; to give it <guidance> entries, move the title into a title=\"...\" attribute and put the entries inside instead of the text",
        ])
    }

    @Test("another element in an old-form standard is refused as before")
    func otherElementInOldForm() {
        #expect(Self.problems("""
                <standard id="S1" pillar="3" strategy="true">A <level id="x" rank="3"/></standard>

            """).map { String($0.prefix(40)) } == ["7:5 schema <standard> holds text only; r"])
    }

    // MARK: Rules on the entries

    @Test("a guidance level that is not a level of the framework, at the entry")
    func unknownLevel() {
        #expect(Self.problems("""
                <standard id="S1" pillar="3" strategy="true" title="Families">
                  <guidance id="g-1" title="Home visits" levels="household village" phases="response">Visits.</guidance>
                </standard>

            """) == [
            "8:7 guidance-level guidance entry 'g-1' names level 'village', which is not a level of this framework; expected one of child, household",
        ])
    }

    @Test("a guidance level named twice, at the entry")
    func repeatedLevel() {
        #expect(Self.problems("""
                <standard id="S1" pillar="3" strategy="true" title="Families">
                  <guidance id="g-1" title="Home visits" levels="household household" phases="response">Visits.</guidance>
                </standard>

            """) == [
            "8:7 guidance-level guidance entry 'g-1' lists level 'household' twice in its levels; name each level once",
        ])
    }

    @Test("a phase named twice, at the entry")
    func repeatedPhase() {
        #expect(Self.problems("""
                <standard id="S1" pillar="3" strategy="true" title="Families">
                  <guidance id="g-1" title="Home visits" levels="household" phases="response response">Visits.</guidance>
                </standard>

            """) == [
            "8:7 guidance-phase guidance entry 'g-1' lists phase 'response' twice in its phases; name each phase once",
        ])
    }

    @Test("guidance in a standard that is not a strategy, at its first entry")
    func outsideStrategy() {
        #expect(Self.problems("""
                <standard id="R1" pillar="2" strategy="false" title="Child labour">
                  <guidance id="g-1" title="Home visits" levels="household" phases="response">Visits.</guidance>
                  <guidance id="g-2" title="Clubs" levels="child" phases="response">Clubs.</guidance>
                </standard>

            """) == [
            "8:7 guidance-outside-strategy standard 'R1' is not a strategy standard but carries 2 guidance entries; move them to the strategy standard they put into practice, or mark this standard as a strategy",
        ])
    }

    @Test("a guidance id used twice in the framework, at the copy, naming the first")
    func duplicateID() {
        let found = Self.problems("""
                <standard id="S1" pillar="3" strategy="true" title="Families">
                  <guidance id="g-1" title="Home visits" levels="household" phases="response">Visits.</guidance>
                </standard>
                <standard id="S2" pillar="3" strategy="true" title="Children">
                  <guidance id="g-1" title="Clubs" levels="child" phases="response">Clubs.</guidance>
                </standard>

            """)
        #expect(found == [
            "11:7 duplicate-id guidance entry id 'g-1' is already used in this framework; give each guidance entry its own id (first declared at line 8, column 7)",
        ])
    }

    @Test("a blank guidance title is refused by its type, at the entry")
    func blankTitle() {
        #expect(Self.problems("""
                <standard id="S1" pillar="3" strategy="true" title="Families">
                  <guidance id="g-1" title="  " levels="household" phases="response">Visits.</guidance>
                </standard>

            """) == [
            "8:7 schema attribute title='  ' of <guidance> is blank; write at least one character that is not whitespace",
        ])
    }

    @Test("guidance in a CPMS programme has nowhere to stand: the framework element is refused")
    func noGuidanceForCPMS() throws {
        let text = Self.file("    <standard id=\"S1\" pillar=\"3\" strategy=\"true\">S</standard>\n")
            .replacingOccurrences(of: " framework=\"custom\"", with: "")
        #expect(throws: ReadFailure.self) { try Self.read(text) }
    }
}
