/// Escaping for GraphViz DOT: every id and every attribute value is written as a
/// double-quoted string through `quoted(_:limit:)`.
public enum DOTEscaping {
    /// GraphViz refuses a quoted string longer than 16,384 bytes (a syntax error), so
    /// the escaped content is kept well below that.
    public static let maximumQuotedBytes = 16_000

    /// The text as a double-quoted DOT string, its escaped content at most `limit` bytes;
    /// longer text is cut at a Unicode scalar boundary and ends in an ellipsis.
    ///
    /// The rules, from the GraphViz lexical grammar (graphviz.org/doc/info/lang.html)
    /// and its label escapes (graphviz.org/docs/attr-types/escString):
    /// - In a quoted string the parser knows only `\"`; a backslash before a newline
    ///   joins lines. Keywords (`node`, `graph`, ...) and leading digits are harmless
    ///   inside quotes, which is why every id is quoted.
    /// - The renderer then reads `\n \l \r \N \G \E \T \H \L` and drops the backslash
    ///   of any other escape, so a literal backslash must be `\\` (a trailing one too,
    ///   or it would escape the closing quote).
    /// - Labels decode HTML character entities (`&amp;`, `&#65;`) even in quoted
    ///   strings, so `&` is written `&amp;`; `<` and `>` go as `&lt;` and `&gt;` so no
    ///   renderer or later format can read markup into them.
    /// - A newline becomes `\n` (a line break in the label); other control characters
    ///   have no picture and are shown as U+FFFD.
    ///
    /// The switch runs over Unicode scalars, not `Character`s: a text that starts with a
    /// combining mark (U+030B) forms one `Character` with whatever precedes it, and a
    /// per-`Character` escaper then writes broken DOT.
    public static func quoted(_ text: String, limit: Int = maximumQuotedBytes) -> String {
        let ellipsis = "\u{2026}"
        var out = "\""
        out.reserveCapacity(min(text.utf8.count, limit) + 8)
        var used = 0
        var truncated = false
        for scalar in text.unicodeScalars {
            let piece: String?
            switch scalar {
            case "\"": piece = "\\\""
            case "\\": piece = "\\\\"
            case "\n", "\r": piece = "\\n"
            case "\t": piece = " "
            case "&": piece = "&amp;"
            case "<": piece = "&lt;"
            case ">": piece = "&gt;"
            case "\u{0}"..."\u{1F}", "\u{7F}"..."\u{9F}": piece = "\u{FFFD}"
            default: piece = nil
            }
            let size = piece?.utf8.count ?? UTF8.width(scalar)
            if used + size > limit - ellipsis.utf8.count {
                truncated = true
                break
            }
            if let piece { out += piece } else { out.unicodeScalars.append(scalar) }
            used += size
        }
        if truncated { out += ellipsis }
        out += "\""
        return out
    }
}
