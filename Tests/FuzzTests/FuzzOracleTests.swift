import FuzzChecks
import SocioEcoFormats
import Testing

/// The fuzz targets' checks themselves: each catches the breakage it is there for, so a
/// quiet fuzzer means sound output, not a blind check.
@Suite("Fuzz checks catch what they look for")
struct FuzzOracleTests {
    @Test("sound DOT passes")
    func soundDOT() {
        let dot = "// a comment\ndigraph \"g\" {\n  graph [rankdir=\"LR\"]\n  \"a\\\\\" -> \"b \\\" c\" [label=\"x\"]\n  subgraph \"cluster_1\" { \"d\" }\n}\n"
        #expect(DOTSyntaxCheck.problems(in: dot) == [])
    }

    @Test("broken DOT is caught", arguments: [
        "digraph { \"a\\\" }\n",                       // the escaped quote leaves the string open
        "digraph { \"a\" [label=\"x\"\n",              // an unclosed bracket and brace
        "digraph { a -> \"b\" }\n",                    // a bare id
        "digraph { \"a\nb\" }\n",                      // a raw line break in a string
        "digraph { \"a\" } \"b\"\n",                   // text after the graph
    ])
    func brokenDOT(_ dot: String) {
        #expect(!DOTSyntaxCheck.problems(in: dot).isEmpty)
    }

    @Test("a quoted string over GraphViz's 16,384 bytes is caught")
    func longString() {
        let dot = "digraph { \"" + String(repeating: "x", count: DOTSyntaxCheck.quotedStringLimit + 1) + "\" }\n"
        #expect(DOTSyntaxCheck.problems(in: dot).count == 1)
    }

    @Test("unquoting reads GraphViz's escapes and our entities, and refuses others")
    func unquoted() {
        #expect(DOTSyntaxCheck.unquoted("\"a\\\"b\\\\c\\nd&amp;&lt;&gt;\"") == "a\"b\\c\nd&<>")
        #expect(DOTSyntaxCheck.unquoted("\"&lt;\u{30B}\"")?.unicodeScalars.count == 2)
        #expect(DOTSyntaxCheck.unquoted("\"a\\lb\"") == nil)
        #expect(DOTSyntaxCheck.unquoted("\"a&b\"") == nil)
        #expect(DOTSyntaxCheck.unquoted("\"a\"b\"") == nil)
    }

    @Test("escaping passes on hostile text, combining marks and controls included")
    func escapingPasses() {
        for text in ["", "\u{30B}starts with a mark", "a\"b<c>&d\r\ne\tf]]>", "\u{1B}[31m\u{202E}\u{85}", "👧🏽 مرحبا"] {
            #expect(EscapingCheck.problems(for: text, dotLimit: 5) == [], "\(text.debugDescription)")
        }
    }

    @Test("the XML check sees a broken document and a DOCTYPE")
    func wellFormedness() {
        #expect(!XMLWellFormedness.check(Array("<a x=\"1\"><b></a>".utf8)).errors.isEmpty)
        #expect(!XMLWellFormedness.check(Array("<!DOCTYPE a><a/>".utf8)).errors.isEmpty)
        #expect(XMLWellFormedness.check(Array("<!DOCTYPE html><html/>".utf8), allowsHTMLDoctype: true).errors == [])
        let report = XMLWellFormedness.check(Array("<a x=\"&#9;&amp;\">t<b>u</b><![CDATA[<v>]]></a>".utf8))
        #expect(report.errors == [] && report.rootAttributes["x"] == "\t&" && report.rootText == "tu<v>")
    }
}
