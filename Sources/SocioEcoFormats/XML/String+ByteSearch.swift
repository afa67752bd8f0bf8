extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        return String(scalars[first...last])
    }

    // The searches below go by UTF-8 bytes. Foundation's `contains` and `range(of:)`
    // compare through NSString with Unicode equivalence, and on a file with many
    // errors rewording libxml2's messages that way cost more than parsing the file.
    // The needles are whole UTF-8 sequences, so a byte match starts and ends on
    // scalar boundaries.

    /// Where `needle` first occurs, compared byte for byte.
    func utf8Range(of needle: String) -> Range<String.Index>? {
        guard let start = utf8Offset(of: needle, from: 0) else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }

    func containsBytes(_ needle: String) -> Bool {
        utf8Offset(of: needle, from: 0) != nil
    }

    func replacingAll(_ target: String, with replacement: String) -> String {
        guard var at = utf8Offset(of: target, from: 0) else { return self }
        let bytes = Array(utf8)
        let step = target.utf8.count
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var copied = 0
        while true {
            out += bytes[copied..<at]
            out += replacement.utf8
            copied = at + step
            guard let next = utf8Offset(of: target, from: copied) else { break }
            at = next
        }
        out += bytes[copied...]
        return String(decoding: out, as: UTF8.self)
    }

    /// The byte offset of the first `needle` at or after `start`; nil for an empty one.
    func utf8Offset(of needle: String, from start: Int) -> Int? {
        var haystack = self
        var pattern = needle
        return haystack.withUTF8 { h in
            pattern.withUTF8 { n -> Int? in
                guard let first = n.first, h.count >= n.count, start <= h.count - n.count else { return nil }
                var i = start
                let last = h.count - n.count
                search: while i <= last {
                    if h[i] == first {
                        for k in 1..<n.count where h[i + k] != n[k] { i += 1; continue search }
                        return i
                    }
                    i += 1
                }
                return nil
            }
        }
    }
}
