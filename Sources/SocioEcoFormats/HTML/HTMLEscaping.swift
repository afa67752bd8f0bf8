/// Escaping for HTML text and attribute values, written so the page is also well-formed
/// XML (XHTML-compatible HTML5).
public enum HTMLEscaping {
    /// Text content or a double- or single-quoted attribute value.
    ///
    /// `& < > " '` become references (HTML Living Standard, "Serializing HTML fragments",
    /// escaping a string, plus `<`, `>` and `'` everywhere so one function serves text and
    /// attributes alike; `&#39;` rather than `&apos;`, which HTML 4 parsers lack).
    /// Control characters that HTML forbids (C0 but tab and LF, DEL, C1) become U+FFFD,
    /// and CR or CR LF a single LF, as an HTML parser would read them.
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        var afterCR = false
        for scalar in s.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\r": out += "\n"
            case "\n": if !afterCR { out += "\n" }
            case "\t": out += "\t"
            default:
                switch scalar.value {
                case 0x00...0x1F, 0x7F...0x9F: out += "\u{FFFD}"
                default: out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
