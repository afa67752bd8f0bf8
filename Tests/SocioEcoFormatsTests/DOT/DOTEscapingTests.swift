import SocioEcoFormats
import SocioEcoTestSupport
import Testing

@Suite("DOT escaping")
struct DOTEscapingTests {
    @Test("quotes, backslashes, newlines, entities and markup are escaped")
    func escapes() {
        #expect(DOTEscaping.quoted("a\"b") == #""a\"b""#)
        #expect(DOTEscaping.quoted("C:\\path\\") == #""C:\\path\\""#)
        #expect(DOTEscaping.quoted("\\") == #""\\""#)
        #expect(DOTEscaping.quoted("line\nnext") == #""line\nnext""#)
        #expect(DOTEscaping.quoted("a & b &amp; <b>") == #""a &amp; b &amp;amp; &lt;b&gt;""#)
        #expect(DOTEscaping.quoted("node") == #""node""#)
        #expect(DOTEscaping.quoted("1abc") == #""1abc""#)
        #expect(DOTEscaping.quoted("") == #""""#)
    }

    @Test("a leading combining mark stays after the opening quote, not merged into it")
    func combiningMark() {
        let quoted = DOTEscaping.quoted("\u{030B}x\"")
        #expect(Array(quoted.unicodeScalars) == Array("\"\u{030B}x\\\"\"".unicodeScalars))
        // Per Character the first one is the quote and the mark together.
        #expect(quoted.first != "\"")
    }

    @Test("control characters have no picture and become U+FFFD")
    func controls() {
        #expect(DOTEscaping.quoted("a\u{0}b\u{1B}c\u{85}") == "\"a\u{FFFD}b\u{FFFD}c\u{FFFD}\"")
        #expect(DOTEscaping.quoted("a\tb\rc") == #""a b\nc""#)
    }

    @Test("long text is cut at a scalar boundary with an ellipsis, within the byte limit")
    func bounded() {
        let long = String(repeating: "é\\\"👧🏽", count: 10_000)
        let quoted = DOTEscaping.quoted(long)
        #expect(quoted.utf8.count <= DOTEscaping.maximumQuotedBytes + 2)
        #expect(quoted.hasSuffix("\u{2026}\""))
        // No escape sequence is cut in half: what precedes the ellipsis parses back.
        let body = quoted.unicodeScalars.dropFirst().dropLast(2)
        var pendingBackslash = false
        for s in body {
            if pendingBackslash { #expect(s == "\\" || s == "\"" || s == "n"); pendingBackslash = false } else if s == "\\" { pendingBackslash = true }
        }
        #expect(!pendingBackslash)
        #expect(DOTEscaping.quoted("abcdef", limit: 6) == "\"abc\u{2026}\"")
    }

    @Test("every hostile piece renders through the real dot exactly as written")
    func roundTripThroughGraphViz() throws {
        // Whitespace and control pieces are left out: a label shows them as spacing.
        let pieces = ProgrammeGenerator.hostilePieces.filter { piece in
            !piece.unicodeScalars.contains { $0.properties.isWhitespace || $0.properties.generalCategory == .control }
        } + ["trailing\\", "\\N \\G \\L", "&#65;", "C:\\new\\table"]
        var document = "digraph \"g\" {\n"
        for (i, piece) in pieces.enumerated() {
            document += "  \(DOTEscaping.quoted("n\(i)")) [label=\(DOTEscaping.quoted(piece))]\n"
        }
        document += "}\n"
        let outcome = try GraphViz.svg(document)
        #expect(outcome.isClean, "\(outcome.stderr)")
        #expect(GraphViz.texts(inSVG: outcome.stdout) == pieces)
    }
}
