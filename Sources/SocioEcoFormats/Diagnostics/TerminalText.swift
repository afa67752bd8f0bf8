/// Escaping for text shown on a terminal.
public enum TerminalText {
    /// Replaces C0 and C1 control characters (ESC above all, which starts terminal
    /// control sequences), DEL and the bidirectional overrides with visible `\u{...}`
    /// escapes. Tabs stay; a newline becomes `\n` so one message stays one line.
    public static func escape(_ text: String) -> String {
        if isPrintableASCII(text) { return text }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for s in text.unicodeScalars {
            switch s.value {
            case 0x09:
                out.unicodeScalars.append(s)
            case 0x0A:
                out += "\\n"
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069:
                out += "\\u{" + String(s.value, radix: 16) + "}"
            default:
                out.unicodeScalars.append(s)
            }
        }
        return out
    }

    /// Whether `text` is all printable ASCII (space to tilde): nothing to escape, and one
    /// column a byte.
    static func isPrintableASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }
}
