/// libxml2's wording, made shorter: our namespace left out of names, limits said plainly.
enum LibXMLWording {
    static func tidy(_ message: String) -> String {
        var m = message.trimmingWhitespace()
        m = m.replacingAll("{\(ProgrammeXML.namespace)}", with: "")
        m = m.replacingAll("##other*", with: "an element of another namespace")
        if m.contains("XML_PARSE_HUGE") || m.contains("Excessive depth") {
            return "elements are nested more than \(ReaderLimits.maximumDepth) deep, past this tool's limit; a programme file needs far fewer levels"
        }
        if m.contains("huge text node") || m.contains("too long") && m.contains("text") {
            return "a text is longer than \(ReaderLimits.maximumTextLength) bytes, past this tool's limit; shorten it"
        }
        if m.hasPrefix("xmlParseCharRef: invalid xmlChar value "), let value = Int(m.dropFirst("xmlParseCharRef: invalid xmlChar value ".count)) {
            let hex = String(value, radix: 16, uppercase: true)
            return "a character reference to U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex), which XML 1.0 does not allow in a document (of the control characters only tab, LF and CR are allowed)"
        }
        if m.hasPrefix("Input is not proper UTF-8") {
            let bytes = m.range(of: "Bytes: ").map { " (bytes " + m[$0.upperBound...] + ")" } ?? ""
            return "the text here is not valid UTF-8\(bytes); save the file as UTF-8"
        }
        // "Namespace prefix z on map is not defined", "... prefix z for a on map ...".
        if m.hasPrefix("Namespace prefix "), m.hasSuffix(" is not defined"),
           let prefix = m.dropFirst("Namespace prefix ".count).split(separator: " ").first {
            return "the namespace prefix \(prefix): is not declared; add xmlns:\(prefix)=\"...\" (the namespace it stands for) to this element or one around it"
        }
        if m.contains("Detected an entity reference loop") || m.contains("amplification") {
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

    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var out = ""
        var rest = self[...]
        while let r = rest.range(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        out += rest
        return out
    }
}
