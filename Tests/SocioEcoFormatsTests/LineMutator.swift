import SocioEcoTestSupport

/// Makes one small random change to a programme file written one element per line:
/// the kind of slip a person or a careless tool makes.
struct LineMutator {
    var lines: [String]

    static let badValues = [
        "", " x", "x ", "01", "-1", "True", "1e3", "2023-02-30", "2024-01-01Z", " 2024-01-01", "a b", "_x",
        "0", "1.", ".5", "unknown", String(repeating: "a", count: 65), "1000000000", "child child", "0.0", "1",
        "x", "2024-1-01", "0000-01-01", "2024-02-29", "1900-02-29", "custom", "false", "count",
    ]
    static let names = [
        "title", "description", "context", "framework", "level", "standard", "agencies", "agency",
        "interventions", "intervention", "reaches", "partner", "indicator", "depends-on", "note",
    ]
    static let insertions = [
        "<x:ext xmlns:x=\"urn:example:x\">note</x:ext>", "<x:ext xmlns:x=\"urn:example:x\"/>",
        "<note xmlns=\"\"/>", "<note/>", "stray text", "   ", "<!-- a comment -->", "<?pi data?>",
        "<p:note xmlns:p=\"urn:socioeco:programme:1\"/>", "<![CDATA[ ]]>", "<![CDATA[x]]>",
    ]
    static let attributes = [
        " priority=\"high\"", " x:y=\"1\" xmlns:x=\"urn:example:x\"", " xml:lang=\"en\"",
        " p:id=\"a\" xmlns:p=\"urn:socioeco:programme:1\"", " id=\"z9\"", " ref=\"child\"", " local=\"true\"",
    ]

    /// Lines holding one whole element: `<x .../>` or `<x ...>text</x>`.
    private var wholeElements: [Int] {
        lines.indices.filter {
            let t = trimmed($0)
            return t.hasPrefix("<") && !t.hasPrefix("</") && !t.hasPrefix("<?") && !t.hasPrefix("<!")
                && (t.hasSuffix("/>") || t.contains("</"))
        }
    }

    private var tagLines: [Int] {
        lines.indices.filter { trimmed($0).hasPrefix("<") && !trimmed($0).hasPrefix("</") && !trimmed($0).hasPrefix("<?") && !trimmed($0).hasPrefix("<!") }
    }

    private func trimmed(_ i: Int) -> Substring {
        lines[i].drop(while: { $0 == " " })
    }

    /// Applies one mutation and says which.
    mutating func mutate(using rng: inout SplitMix64) -> String {
        let whole = wholeElements
        let tags = tagLines
        switch Int.random(in: 0..<9, using: &rng) {
        case 0 where !whole.isEmpty:
            let i = whole.randomElement(using: &rng)!
            return "delete line \(i + 1): \(lines.remove(at: i))"
        case 1 where !whole.isEmpty:
            let i = whole.randomElement(using: &rng)!
            lines.insert(lines[i], at: i)
            return "duplicate line \(i + 1)"
        case 2 where whole.count > 1:
            let k = Int.random(in: 0..<(whole.count - 1), using: &rng)
            lines.swapAt(whole[k], whole[k + 1])
            return "swap lines \(whole[k] + 1) and \(whole[k + 1] + 1)"
        case 3, 4:
            let candidates = tags.filter { lines[$0].contains("=\"") }
            guard let i = candidates.randomElement(using: &rng) else { return "none" }
            let parts = lines[i].components(separatedBy: "=\"")
            let k = Int.random(in: 1..<parts.count, using: &rng)
            guard let close = parts[k].firstIndex(of: "\"") else { return "none" }
            var mutated = parts
            let value = Self.badValues.randomElement(using: &rng)!
            mutated[k] = value + parts[k][close...]
            lines[i] = mutated.joined(separator: "=\"")
            return "line \(i + 1): attribute value \(k) becomes '\(value)'"
        case 5 where !tags.isEmpty:
            let i = tags.randomElement(using: &rng)!
            let attribute = Self.attributes.randomElement(using: &rng)!
            let line = lines[i]
            guard let end = line.firstIndex(where: { $0 == " " || $0 == ">" || $0 == "/" }, after: line.firstIndex(of: "<")!) else { return "none" }
            lines[i] = String(line[..<end]) + attribute + String(line[end...])
            return "line \(i + 1): add\(attribute)"
        case 6:
            let i = Int.random(in: 2..<max(3, lines.count - 1), using: &rng)
            let text = Self.insertions.randomElement(using: &rng)!
            lines.insert(text, at: min(i, lines.count))
            return "insert at line \(i + 1): \(text)"
        case 7 where !whole.isEmpty:
            let i = whole.randomElement(using: &rng)!
            let line = lines[i]
            if line.hasSuffix("/>") {
                let filling = [" ", "x", "<x:e xmlns:x=\"urn:x\"/>"].randomElement(using: &rng)!
                let name = String(line.drop(while: { $0 == " " }).dropFirst().prefix(while: { $0 != " " && $0 != "/" }))
                lines[i] = String(line.dropLast(2)) + ">" + filling + "</\(name)>"
                return "line \(i + 1): fill an empty element with '\(filling)'"
            }
            guard let open = line.firstIndex(of: ">"), let close = line.range(of: "</", options: .backwards) else { return "none" }
            let filling = ["", " ", "<x:e xmlns:x=\"urn:x\"/>", "<title>t</title>"].randomElement(using: &rng)!
            lines[i] = String(line[...open]) + filling + String(line[close.lowerBound...])
            return "line \(i + 1): text becomes '\(filling)'"
        case 8 where !whole.isEmpty:
            let i = whole.randomElement(using: &rng)!
            let line = lines[i]
            let indent = line.prefix(while: { $0 == " " })
            let rest = line.dropFirst(indent.count + 1)
            let old = String(rest.prefix(while: { $0 != " " && $0 != "/" && $0 != ">" }))
            let new = Self.names.randomElement(using: &rng)!
            var renamed = indent + "<" + new + rest.dropFirst(old.count)
            if let close = renamed.range(of: "</\(old)>", options: .backwards) {
                renamed.replaceSubrange(close, with: "</\(new)>")
            }
            lines[i] = String(renamed)
            return "line \(i + 1): rename <\(old)> to <\(new)>"
        default:
            return "none"
        }
    }
}

private extension String {
    func firstIndex(where predicate: (Character) -> Bool, after start: Index) -> Index? {
        self[index(after: start)...].firstIndex(where: predicate)
    }
}
