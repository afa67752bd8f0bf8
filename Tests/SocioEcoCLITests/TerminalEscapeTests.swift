import Foundation
import SocioEcoTestSupport
import Testing

/// Nothing a file holds can drive the terminal: no raw ESC reaches standard error or
/// standard output, whatever the file or its name says.
@Suite("Hostile text to the terminal")
struct TerminalEscapeTests {
    func write(_ text: String, name: String = "programme.xml") throws -> String {
        let path = Paths.temporaryDirectory().appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func expectNoControl(_ r: RunResult, sourceLocation: SourceLocation = #_sourceLocation) {
        for text in [r.stdout, r.stderr] {
            #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B || $0.value == 0x07 },
                    "\(text.debugDescription)", sourceLocation: sourceLocation)
        }
    }

    @Test("ESC as a character reference in an id is refused, and not echoed raw")
    func escapeReference() throws {
        let path = try write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <programme xmlns="urn:socioeco:programme:1" id="a&#x1b;[31mred">
              <title>x&#x9b;y</title>
              <interventions/>
            </programme>

            """)
        let r = try socioeco("validate", path)
        #expect(r.status == 65)
        #expect(r.stderr.contains("\(path):2:"))
        #expect(r.stderr.contains("U+001B, which XML 1.0 does not allow"))
        expectNoControl(r)
    }

    @Test("a raw ESC byte in a title is refused, and not echoed raw")
    func rawEscape() throws {
        let path = try write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<programme xmlns=\"urn:socioeco:programme:1\" id=\"p\">\n  <title>\u{1B}]0;pwned\u{07}</title>\n  <interventions/>\n</programme>\n")
        let r = try socioeco("validate", path)
        #expect(r.status == 65)
        expectNoControl(r)
    }

    @Test("C1 controls and bidi overrides in valid text stay escaped in messages")
    func c1InMessages() throws {
        // U+0085 and U+202E are XML characters, so they reach the semantic messages.
        let path = try write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <programme xmlns="urn:socioeco:programme:1" id="p">
              <title>t</title>
              <interventions>
                <intervention id="a">
                  <title>x</title>
                  <level ref="child"/>
                  <reaches group="g"/>
                </intervention>
                <intervention id="a">
                  <title>\u{0085}\u{202E}x</title>
                  <level ref="child"/>
                </intervention>
              </interventions>
            </programme>

            """)
        let r = try socioeco("validate", path)
        #expect(r.status == 65)
        expectNoControl(r)
    }

    @Test("a file name with ESC is escaped in every line")
    func fileName() throws {
        let path = try write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<programme xmlns=\"urn:other\" id=\"p\"/>\n", name: "bad\u{1B}[2Jname.xml")
        let r = try socioeco("validate", path)
        #expect(r.status == 65)
        #expect(r.stderr.contains("bad\\u{1b}[2Jname.xml"))
        expectNoControl(r)
        let missing = try socioeco("validate", path + "\u{1B}x")
        #expect(missing.status == 66)
        expectNoControl(missing)
    }
}
