/// Escaping for XML 1.0 output (https://www.w3.org/TR/xml/#syntax).
///
/// Characters XML 1.0 cannot carry at all (C0 controls other than tab, LF and CR, and
/// U+FFFE, U+FFFF) become U+FFFD: a model built in code, or a file name, may hold them,
/// and one of them would make the whole document unreadable.
public enum XMLEscaping {
    /// Character data: `&`, `<` and `>` escaped (`>` too, so `]]>` can never appear).
    /// CR is written as a reference, or a reader would turn it into LF.
    public static func text(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || needsReplacementCheck($0) }) else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 16)
        appendText(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// A double-quoted attribute value: `&`, `<`, `"` escaped, and tab, LF and CR as
    /// character references so attribute-value normalisation gives them back.
    public static func attribute(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x22 || needsReplacementCheck($0) }) else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 16)
        appendAttribute(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `s` escaped as character data (as `text(_:)`) to a UTF-8 buffer.
    static func appendText(_ s: String, to out: inout [UInt8]) {
        append(s, to: &out) { b, out in
            switch b {
            case 0x26: out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
            case 0x3C: out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
            case 0x3E: out.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])  // &gt;
            case 0x0D: out.append(contentsOf: [0x26, 0x23, 0x31, 0x33, 0x3B])  // &#13;
            default: return false
            }
            return true
        }
    }

    /// Appends `s` escaped as a double-quoted attribute value (as `attribute(_:)`).
    static func appendAttribute(_ s: String, to out: inout [UInt8]) {
        append(s, to: &out) { b, out in
            switch b {
            case 0x26: out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
            case 0x3C: out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
            case 0x22: out.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])  // &quot;
            case 0x09: out.append(contentsOf: [0x26, 0x23, 0x39, 0x3B])  // &#9;
            case 0x0A: out.append(contentsOf: [0x26, 0x23, 0x31, 0x30, 0x3B])  // &#10;
            case 0x0D: out.append(contentsOf: [0x26, 0x23, 0x31, 0x33, 0x3B])  // &#13;
            default: return false
            }
            return true
        }
    }

    /// The byte loop both escapers share: `escape` writes a markup byte's reference and
    /// says whether it did; characters XML cannot carry become U+FFFD. Working on bytes
    /// is safe: every character escaped is ASCII, no byte of a multi-byte sequence is
    /// below 0x80, and U+FFFE and U+FFFF are the only sequences that start EF BF BE/BF.
    private static func append(_ s: String, to out: inout [UInt8], escape: (UInt8, inout [UInt8]) -> Bool) {
        let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
        var s = s
        s.withUTF8 { utf8 in
            var i = 0
            while i < utf8.count {
                // Bytes that can need no work are copied a run at a time: appending a
                // report's long messages byte by byte cost most of writing it.
                var end = i
                while end < utf8.count && !mayNeedWork(utf8[end]) { end += 1 }
                if end > i {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[i..<end]))
                    i = end
                    continue
                }
                let b = utf8[i]
                if escape(b, &out) {
                    i += 1
                } else if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D {
                    out.append(contentsOf: replacement)
                    i += 1
                } else if b == 0xEF, i + 2 < utf8.count, utf8[i + 1] == 0xBF, utf8[i + 2] >= 0xBE {
                    out.append(contentsOf: replacement)
                    i += 3
                } else {
                    out.append(b)
                    i += 1
                }
            }
        }
    }

    /// Every byte either escaper may change: the markup characters of both, and those
    /// of `needsReplacementCheck`. A byte outside this set is always copied as it is.
    private static func mayNeedWork(_ b: UInt8) -> Bool {
        b < 0x20 || b == 0x22 || b == 0x26 || b == 0x3C || b == 0x3E || b == 0xEF
    }

    /// Bytes that may need work beyond markup: C0 controls (tab and LF too, which the
    /// attribute escaper writes as references) and the lead byte of U+FFFE/U+FFFF.
    private static func needsReplacementCheck(_ b: UInt8) -> Bool {
        b < 0x20 || b == 0xEF
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
