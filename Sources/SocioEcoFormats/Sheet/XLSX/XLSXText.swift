/// Cell text in a workbook's XML. XML 1.0 cannot carry most C0 control characters nor
/// U+FFFE/U+FFFF, even as character references; ECMA-376 (22.4.2.4, ST_Xstring) writes
/// them as `_xHHHH_`, which Excel, LibreOffice and openpyxl decode, and so does this
/// reader. A literal `_xHHHH_` in the text has its `_` written `_x005F_` so it reads
/// back as itself. A carriage return is written `&#13;`, which XML parsers keep, where a
/// raw one would become a line feed.
enum XLSXText {
    /// `text` escaped for element content (`&`, `<`, `>`) and for the rules above.
    static func escape(_ text: String, into out: inout String) {
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            switch s.value {
            case 0x26: out += "&amp;"
            case 0x3C: out += "&lt;"
            case 0x3E: out += "&gt;"
            case 0x22: out += "&quot;"
            case 0x0D: out += "&#13;"
            case 0x09, 0x0A: out.unicodeScalars.append(s)
            case 0x00...0x1F, 0xFFFE, 0xFFFF: out += hexEscape(s.value)
            case 0x5F where isHexEscape(scalars, at: i): out += "_x005F_"
            default: out.unicodeScalars.append(s)
            }
            i += 1
        }
    }

    static func escape(_ text: String) -> String {
        var out = ""
        escape(text, into: &out)
        return out
    }

    /// Undoes `_xHHHH_` escapes in text read from a workbook.
    static func unescape(_ text: String) -> String {
        // Over the string's own bytes: the generic search through a UTF-8 view cost more
        // than making the string.
        let escaped = text.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "_")) }
            ?? text.utf8.contains(UInt8(ascii: "_"))
        guard escaped else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if isHexEscape(scalars, at: i), let v = UInt32(String(String.UnicodeScalarView(scalars[(i + 2)..<(i + 6)])), radix: 16),
               let s = Unicode.Scalar(v) {
                out.append(s)
                i += 7
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        return String(out)
    }

    private static func hexEscape(_ v: UInt32) -> String {
        let hex = String(v, radix: 16, uppercase: true)
        return "_x" + String(repeating: "0", count: 4 - hex.count) + hex + "_"
    }

    /// Whether `_xHHHH_` starts at `i`.
    private static func isHexEscape(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + 6 < s.count, s[i] == "_", s[i + 1] == "x", s[i + 6] == "_" else { return false }
        return s[(i + 2)..<(i + 6)].allSatisfy { $0.properties.isASCIIHexDigit }
    }
}
