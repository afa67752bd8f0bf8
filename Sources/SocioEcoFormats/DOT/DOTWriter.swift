/// Builds DOT text statement by statement, indented by nesting; every id and every
/// attribute value goes through `DOTEscaping.quoted`.
struct DOTWriter {
    private(set) var output = ""
    private var depth = 0

    /// Opens the graph or a subgraph: `digraph "id" {` or `subgraph "id" {`. The header
    /// is always written, even for a subgraph of one statement.
    mutating func open(_ keyword: String, _ id: String) {
        line(keyword + " " + DOTEscaping.quoted(id) + " {")
        depth += 1
    }

    mutating func close() {
        depth -= 1
        line("}")
    }

    /// Default attributes: `graph [...]`, `node [...]` or `edge [...]`.
    mutating func defaults(_ keyword: String, _ attributes: [(String, String)]) {
        line(keyword + " " + list(attributes))
    }

    mutating func node(_ id: String, _ attributes: [(String, String)]) {
        line(DOTEscaping.quoted(id) + " " + list(attributes))
    }

    mutating func edge(_ from: String, _ to: String, _ attributes: [(String, String)] = []) {
        line(DOTEscaping.quoted(from) + " -> " + DOTEscaping.quoted(to) + (attributes.isEmpty ? "" : " " + list(attributes)))
    }

    mutating func comment(_ text: String) {
        // A comment runs to the end of the line; keep the text on one line.
        let flat = text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : String($0) }.joined()
        line("// " + flat)
    }

    private mutating func line(_ text: String) {
        for _ in 0..<depth { output += "  " }
        output += text
        output += "\n"
    }

    private func list(_ attributes: [(String, String)]) -> String {
        "[" + attributes.map { $0.0 + "=" + DOTEscaping.quoted($0.1) }.joined(separator: ", ") + "]"
    }
}
