import SocioEcoFormats
import SocioEcoTestSupport
import Testing

/// Where the reader puts problems that libxml2 finds at an element's end or blames on
/// the wrong element.
@Suite("Diagnostic placement")
struct DiagnosticPlacementTests {
    func diagnostics(_ interventions: String) -> [Diagnostic] {
        let path = temporaryFile(programmeHead + interventions + programmeTail)
        do {
            _ = try ProgrammeReader().read(contentsOf: path)
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test("a missing child is reported at the start tag, not the end tag")
    func missingChild() {
        let d = diagnostics("""
                <intervention id="a">
                  <title>x</title>
                </intervention>

            """)
        #expect(d.map { "\($0.line):\($0.column)" } == ["5:5"])
        #expect(d.first?.message.contains("Missing child") == true)
    }

    @Test("a blank title spread over lines is reported where it starts")
    func blankTitleOverLines() {
        let d = diagnostics("""
                <intervention id="a">
                  <title>

                  </title>
                  <level ref="child"/>
                </intervention>

            """)
        #expect(d.map { "\($0.line):\($0.column)" } == ["6:7"])
    }

    @Test("a foreign element before the format's own is blamed, once")
    func foreignBeforeOwn() {
        let d = diagnostics("""
                <intervention id="a">
                  <title>x</title>
                  <level ref="child"/>
                  <x:note xmlns:x="urn:example:x"><x:deep>text</x:deep></x:note>
                  <standard ref="15"/>
                </intervention>

            """)
        #expect(d.map { "\($0.line):\($0.column)" } == ["8:7"])
        #expect(d.first?.message.contains("<x:note>") == true)
        #expect(d.first?.message.contains("urn:example:x") == true)
    }

    @Test("a malformed ref is one breach, not also an unresolved one")
    func malformedRef() {
        let d = diagnostics("""
                <intervention id="a" lead=" x">
                  <title>x</title>
                  <level ref="child "/>
                  <standard ref="1 5"/>
                  <depends-on ref="a!"/>
                </intervention>

            """)
        #expect(d.map { "\($0.line):\($0.column)" } == ["5:5", "7:7", "8:7", "9:7"])
        #expect(d.allSatisfy { $0.code == "schema" })
    }

    @Test("two problems on one line of one-line markup point at their own elements")
    func sameLine() {
        let d = diagnostics("""
                <intervention id="a"><title>x</title><level ref="child"/><standard ref="15" x="1"/><reaches group="-g"/></intervention>

            """)
        #expect(d.map { "\($0.line):\($0.column)" } == ["5:62", "5:88"])
    }
}
