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
