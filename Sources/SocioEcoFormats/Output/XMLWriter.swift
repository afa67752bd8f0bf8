/// Builds an indented XML document into a string: two spaces per level, LF line ends,
/// `<x/>` for an element with no content. Callers pass raw text; it escapes.
struct XMLWriter {
    private(set) var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private var depth = 0
    private var openTag: String?

    init() {}

    private mutating func indent() {
        for _ in 0..<depth { output += "  " }
    }

    /// Opens an element that will hold child elements.
    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        indent()
        output += "<" + name
        appendAttributes(attributes)
        output += ">\n"
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        indent()
        output += "</" + name + ">\n"
    }

    /// An element with no content: `<name a="v"/>`.
    mutating func empty(_ name: String, _ attributes: [(String, String)] = []) {
        indent()
        output += "<" + name
        appendAttributes(attributes)
        output += "/>\n"
    }

    /// An element holding only text, on one line; the text is kept exactly.
    mutating func text(_ name: String, _ attributes: [(String, String)] = [], _ value: String) {
        if value.isEmpty { return empty(name, attributes) }
        indent()
        output += "<" + name
        appendAttributes(attributes)
        output += ">" + XMLEscaping.text(value) + "</" + name + ">\n"
    }

    /// Raw markup already escaped, written at the current indentation on its own line.
    mutating func raw(_ markup: String) {
        indent()
        output += markup + "\n"
    }

    private mutating func appendAttributes(_ attributes: [(String, String)]) {
        for (name, value) in attributes {
            output += " " + name + "=\"" + XMLEscaping.attribute(value) + "\""
        }
    }
}
