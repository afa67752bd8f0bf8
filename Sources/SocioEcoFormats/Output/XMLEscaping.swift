/// Escaping for XML 1.0 output (https://www.w3.org/TR/xml/#syntax).
public enum XMLEscaping {
    /// Character data: `&`, `<` and `>` escaped (`>` too, so `]]>` can never appear).
    /// CR is written as a reference, or a reader would turn it into LF.
    public static func text(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x0D }) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\r": out += "&#13;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A double-quoted attribute value: `&`, `<`, `"` escaped, and tab, LF and CR as
    /// character references so attribute-value normalisation gives them back.
    public static func attribute(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x22 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D })
        else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case "\"": out += "&quot;"
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Appends `s` escaped as character data (as `text(_:)`) to a UTF-8 buffer.
    static func appendText(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { utf8 in
            for b in utf8 {
                switch b {
                case 0x26: out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
                case 0x3C: out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
                case 0x3E: out.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])  // &gt;
                case 0x0D: out.append(contentsOf: [0x26, 0x23, 0x31, 0x33, 0x3B])  // &#13;
                default: out.append(b)
                }
            }
        }
    }

    /// Appends `s` escaped as a double-quoted attribute value (as `attribute(_:)`).
    /// Working on bytes is safe: every character escaped is ASCII, and no byte of a
    /// multi-byte UTF-8 sequence is below 0x80.
    static func appendAttribute(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { utf8 in
            for b in utf8 {
                switch b {
                case 0x26: out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
                case 0x3C: out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
                case 0x22: out.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])  // &quot;
                case 0x09: out.append(contentsOf: [0x26, 0x23, 0x39, 0x3B])  // &#9;
                case 0x0A: out.append(contentsOf: [0x26, 0x23, 0x31, 0x30, 0x3B])  // &#10;
                case 0x0D: out.append(contentsOf: [0x26, 0x23, 0x31, 0x33, 0x3B])  // &#13;
                default: out.append(b)
                }
            }
        }
    }

    /// Whether every scalar of `s` is allowed in an XML 1.0 document
    /// (`#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]`).
    public static func isXMLText(_ s: String) -> Bool {
        s.unicodeScalars.allSatisfy { c in
            switch c.value {
            case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
            default: return false
            }
        }
    }
}
