import SocioEcoFormats

/// Each escaping function against its inverse: what the reader of the output format
/// (libxml2, GraphViz's quoted-string rules, a terminal) sees must be the input.
public enum EscapingCheck {
    /// The broken promises for `text`; `limit` is passed to `DOTEscaping.quoted` besides
    /// its default.
    public static func problems(for text: String, dotLimit: Int) -> [String] {
        var problems: [String] = []
        problems += xml(text)
        problems += dot(text, limit: DOTEscaping.maximumQuotedBytes)
        problems += dot(text, limit: dotLimit)
        problems += terminal(text)
        problems += html(text)
        return problems
    }

    /// HTML: the page is also XML, so libxml2 reads an attribute and a text escaped with
    /// `HTMLEscaping.escape` back as the text with controls as U+FFFD and CR LF or CR as
    /// LF (what an HTML parser makes of them); in the attribute XML also turns tab and LF
    /// into spaces, which an HTML parser would not.
    static func html(_ text: String) -> [String] {
        let escaped = HTMLEscaping.escape(text)
        var expected = String.UnicodeScalarView()
        var afterCR = false
        for s in text.unicodeScalars {
            defer { afterCR = s == "\r" }
            switch s.value {
            case 0x0D: expected.append("\n")
            case 0x0A: if !afterCR { expected.append(s) }
            case 0x09: expected.append(s)
            case 0x00...0x1F, 0x7F...0x9F: expected.append("\u{FFFD}")
            default: expected.append(s)
            }
        }
        let want = String(expected)
        // U+FFFE and lone surrogates' stand-ins are not XML; HTML escaping leaves them.
        guard XMLEscaping.isXMLText(want) else { return [] }
        let document = "<a x=\"" + escaped + "\" y='" + escaped + "'>" + escaped + "</a>"
        let report = XMLWellFormedness.check(Array(document.utf8))
        if !report.errors.isEmpty { return ["escaped HTML does not parse: \(report.errors) in \(document.debugDescription)"] }
        var problems: [String] = []
        if !sameScalars(report.rootText, want) {
            problems.append("HTMLEscaping.escape: text \(text.debugDescription) reads back as \(report.rootText.debugDescription)")
        }
        let wantAttribute = String(String.UnicodeScalarView(want.unicodeScalars.map { $0 == "\t" || $0 == "\n" ? " " : $0 }))
        for name in ["x", "y"] where !sameScalars(report.rootAttributes[name] ?? "", wantAttribute) {
            problems.append("HTMLEscaping.escape: attribute \(name) \(text.debugDescription) reads back as \((report.rootAttributes[name] ?? "").debugDescription)")
        }
        return problems
    }

    /// XML: an attribute and a text node holding `text` parse back to `text` exactly, but
    /// for characters XML cannot carry, which read back as U+FFFD.
    static func xml(_ text: String) -> [String] {
        // Characters XML 1.0 cannot carry (NUL, ESC, U+FFFE) come back as U+FFFD.
        let expected = String(String.UnicodeScalarView(text.unicodeScalars.map {
            XMLEscaping.isXMLText(String($0)) ? $0 : "\u{FFFD}"
        }))
        let document = "<a x=\"" + XMLEscaping.attribute(text) + "\">" + XMLEscaping.text(text) + "</a>"
        let report = XMLWellFormedness.check(Array(document.utf8))
        if !report.errors.isEmpty { return ["escaped XML does not parse: \(report.errors) in \(document.debugDescription)"] }
        var problems: [String] = []
        if !sameScalars(report.rootAttributes["x"] ?? "", expected) {
            problems.append("XMLEscaping.attribute: \(text.debugDescription) reads back as \((report.rootAttributes["x"] ?? "").debugDescription)")
        }
        if !sameScalars(report.rootText, expected) {
            problems.append("XMLEscaping.text: \(text.debugDescription) reads back as \(report.rootText.debugDescription)")
        }
        return problems
    }

    /// DOT: the quoted string is one sound token within `limit` bytes, and GraphViz reads
    /// it as the text (line breaks and tabs as the escaper documents them), or a prefix
    /// of it and an ellipsis when cut.
    static func dot(_ text: String, limit: Int) -> [String] {
        let quoted = DOTEscaping.quoted(text, limit: limit)
        var problems = DOTSyntaxCheck.problems(in: "digraph {\n  \"a\" [label=\(quoted)]\n}\n").map { "DOTEscaping.quoted(limit: \(limit)): \($0) for \(text.debugDescription)" }
        let content = quoted.utf8.count - 2
        if content > max(limit, 3) { problems.append("DOTEscaping.quoted: \(content) bytes over the limit \(limit)") }
        guard let shown = DOTSyntaxCheck.unquoted(quoted) else {
            return problems + ["DOTEscaping.quoted: \(quoted.debugDescription) does not unquote"]
        }
        var expected = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            switch s.value {
            case 0x0D: expected.append("\n")
            case 0x09: expected.append(" ")
            case 0x0A: expected.append(s)
            case 0x00...0x1F, 0x7F...0x9F: expected.append("\u{FFFD}")
            default: expected.append(s)
            }
        }
        let got = Array(shown.unicodeScalars)
        let want = Array(expected)
        if got == want { return problems }
        if got.last == "\u{2026}", want.starts(with: got.dropLast()) { return problems }
        return problems + ["DOTEscaping.quoted(limit: \(limit)): \(text.debugDescription) shows as \(shown.debugDescription)"]
    }

    /// Terminal: no control character or bidi override comes through, and text without
    /// them passes unchanged.
    static func terminal(_ text: String) -> [String] {
        let escaped = TerminalText.escape(text)
        var problems: [String] = []
        if escaped.unicodeScalars.contains(where: ReaderCheck.isUnsafeOnTerminal) {
            problems.append("TerminalText.escape lets a control character through for \(text.debugDescription)")
        }
        let plain = !text.unicodeScalars.contains { ReaderCheck.isUnsafeOnTerminal($0) || $0 == "\n" }
        if plain && !sameScalars(escaped, text) {
            problems.append("TerminalText.escape changed plain text \(text.debugDescription)")
        }
        return problems
    }

    /// Equal scalar by scalar: Swift's `==` on strings is canonical equivalence, which
    /// would hide a changed combining sequence.
    static func sameScalars(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.elementsEqual(b.unicodeScalars)
    }
}
