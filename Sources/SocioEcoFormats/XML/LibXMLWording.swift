/// libxml2's wording, made shorter: our namespace left out of names, limits said plainly.
enum LibXMLWording {
    static func tidy(_ message: String) -> String {
        var m = message.trimmingWhitespace()
        m = m.replacingAll("{\(ProgrammeXML.namespace)}", with: "")
        m = m.replacingAll("##other*", with: "an element of another namespace")
        if m.containsBytes("XML_PARSE_HUGE") || m.containsBytes("Excessive depth") {
            return "elements are nested more than \(ReaderLimits.maximumDepth) deep, past this tool's limit; a programme file needs far fewer levels"
        }
        if m.containsBytes("huge text node") || m.containsBytes("too long") && m.containsBytes("text") {
            return "a text is longer than \(ReaderLimits.maximumTextLength) bytes, past this tool's limit; shorten it"
        }
        if m.hasPrefix("xmlParseCharRef: invalid xmlChar value "), let value = Int(m.dropFirst("xmlParseCharRef: invalid xmlChar value ".count)) {
            let hex = String(value, radix: 16, uppercase: true)
            return "a character reference to U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex), which XML 1.0 does not allow in a document (of the control characters only tab, LF and CR are allowed)"
        }
        if m.hasPrefix("Input is not proper UTF-8") {
            let bytes = m.utf8Range(of: "Bytes: ").map { " (bytes " + m[$0.upperBound...] + ")" } ?? ""
            return "the text here is not valid UTF-8\(bytes); save the file as UTF-8"
        }
        // "Namespace prefix z on map is not defined", "... prefix z for a on map ...".
        if m.hasPrefix("Namespace prefix "), m.hasSuffix(" is not defined"),
           let prefix = m.dropFirst("Namespace prefix ".count).split(separator: " ").first {
            return "the namespace prefix \(prefix): is not declared; add xmlns:\(prefix)=\"...\" (the namespace it stands for) to this element or one around it"
        }
        if m.containsBytes("Detected an entity reference loop") || m.containsBytes("amplification") {
            return "entity expansion refused (an entity bomb); a programme file uses no entities beyond &amp; &lt; &gt; &quot; &apos;"
        }
        return m
    }
}

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
