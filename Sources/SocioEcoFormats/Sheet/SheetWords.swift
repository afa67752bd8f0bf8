import SocioEcoModel

/// How the import reads words people type in cells: folded for comparison, split into
/// lists, turned into ids, and matched with a suggestion when they nearly match.
public enum SheetWords {
    /// Lower case, accents removed, every run of characters that are not letters or digits
    /// one space, trimmed: `"  Agence ONU "` and `"agence-onu"` both give `agence onu`.
    public static func folded(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return foldedASCII(text) }
        var out = ""
        var pendingSpace = false
        for scalar in text.lowercased().unicodeScalars {
            let base = baseLetter(scalar)
            if base.properties.isAlphabetic || base.properties.numericType != nil {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(base)
            } else if base.properties.generalCategory != .nonspacingMark {
                pendingSpace = true
            }
        }
        return out
    }

    /// `folded` for ASCII text, byte by byte: most cells are plain ASCII.
    private static func foldedASCII(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for var b in text.utf8 {
            if b >= 0x41 && b <= 0x5A { b |= 0x20 }
            if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                if pendingSpace && !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                out.append(b)
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The letter without its accent, for the Latin letters French, Spanish and
    /// Portuguese sheets use.
    private static func baseLetter(_ s: Unicode.Scalar) -> Unicode.Scalar {
        switch s {
        case "à", "á", "â", "ã", "ä", "å": return "a"
        case "ç": return "c"
        case "è", "é", "ê", "ë": return "e"
        case "ì", "í", "î", "ï": return "i"
        case "ñ": return "n"
        case "ò", "ó", "ô", "õ", "ö": return "o"
        case "ù", "ú", "û", "ü": return "u"
        case "ý", "ÿ": return "y"
        default: return s
        }
    }

    /// The items of a list cell, separated by `,` `;` `|` or white space, empty ones left out.
    public static func list(_ text: String) -> [String] {
        // ASCII lists (ids, level and group words) split byte by byte, without building
        // a Character per byte: this runs for several cells of every row.
        let utf8 = text.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            return utf8.split { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "|") || isASCIISpace($0) }
                .map { String(decoding: $0, as: UTF8.self) }
        }
        return text.split { $0 == "," || $0 == ";" || $0 == "|" || $0.isWhitespace }.map(String.init)
    }

    /// An id made from free text: ASCII letters and digits kept (lower case), every other
    /// run of characters one `-`, cut to 64 characters; `fallback` when nothing is left.
    public static func slug(_ text: String, fallback: String = "x") -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return slugASCII(text, fallback: fallback) }
        var out = ""
        var dash = false
        for scalar in text.lowercased().unicodeScalars {
            let b = baseLetter(scalar)
            if b.isASCII, b.properties.isAlphabetic || ("0"..."9").contains(b) {
                if dash && !out.isEmpty { out.append("-") }
                dash = false
                out.unicodeScalars.append(b)
            } else {
                dash = true
            }
        }
        if out.count > 64 { out = String(out.prefix(64)) }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? fallback : out
    }

    /// `slug` of ASCII text, byte by byte: a slug is made for every partner of every row.
    private static func slugASCII(_ text: String, fallback: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(min(text.utf8.count, 64))
        var dash = false
        for var b in text.utf8 {
            if b >= 0x41 && b <= 0x5A { b |= 0x20 }
            if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                if dash && !out.isEmpty { out.append(UInt8(ascii: "-")) }
                dash = false
                out.append(b)
            } else {
                dash = true
            }
        }
        if out.count > 64 { out.removeSubrange(64...) }
        while out.last == UInt8(ascii: "-") { out.removeLast() }
        return out.isEmpty ? fallback : String(decoding: out, as: UTF8.self)
    }

    /// `; did you mean 'x'?` for the candidate nearest `text` when it is near enough (an
    /// edit distance of at most a third of its length, and at least 1), else empty.
    public static func suggestion(for text: String, among candidates: [String]) -> String {
        let key = folded(text)
        var best: (String, Int)?
        for c in candidates {
            let d = distance(key, folded(c))
            if d > 0, best == nil || d < best!.1 { best = (c, d) }
        }
        guard let (word, d) = best, d <= max(1, key.count / 3) else { return "" }
        return "; did you mean '\(word)'?"
    }

    /// Levenshtein distance over characters.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// Whether the cell holds nothing but white space.
    public static func isBlank(_ text: String) -> Bool {
        // Byte by byte while the text is ASCII: the first visible character settles it
        // without Unicode's character properties, looked up for every cell of every row.
        for b in text.utf8 {
            if b >= 0x80 { return text.allSatisfy(\.isWhitespace) }
            if !isASCIISpace(b) { return false }
        }
        return true
    }

    /// Space, tab, line feed, vertical tab, form feed, carriage return: the ASCII bytes
    /// `Character.isWhitespace` is true for.
    static func isASCIISpace(_ b: UInt8) -> Bool { b == 0x20 || (0x09...0x0D).contains(b) }
}
