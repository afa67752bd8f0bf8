/// Builds an indented XML document as UTF-8 bytes: two spaces per level, LF line ends,
/// `<x/>` for an element with no content. Callers pass raw text; it escapes.
///
/// A drawing laid out by hand (the SVG ring diagram) places its own line breaks: the
/// tag methods (`startTag`, `emptyTag`, `characters`, `endTag`, `newline`) write exactly
/// what they name, with the same escaping, and `fragment()` starts a writer without
/// the XML declaration for a document embedded in another.
///
/// Bytes rather than a `String`, and escaping straight into the buffer: large
/// programmes are written at memory speed, without a temporary string per value.
struct XMLWriter {
    private(set) var bytes: [UInt8] = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".utf8)
    private var depth = 0

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// A writer without the XML declaration: an element to embed in another document.
    static func fragment(capacity: Int = 0) -> XMLWriter {
        var w = XMLWriter(capacity: capacity)
        w.bytes.removeAll(keepingCapacity: true)
        return w
    }

    /// A writer without the XML declaration whose elements start `depth` levels in: a
    /// run of elements written apart and then added to a document with `append(_:)`.
    static func fragment(capacity: Int, depth: Int) -> XMLWriter {
        var w = fragment(capacity: capacity)
        w.depth = depth
        return w
    }

    /// How many more bytes fit before the buffer grows.
    var spareCapacity: Int { bytes.capacity - bytes.count }

    /// How many elements are open.
    var openElements: Int { depth }

    /// The document so far as a string.
    var output: String { String(decoding: bytes, as: UTF8.self) }

    private mutating func indent() {
        for _ in 0..<depth { bytes.append(0x20); bytes.append(0x20) }
    }

    private mutating func append(_ s: String) {
        var s = s
        s.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Opens an element that will hold child elements.
    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        indent()
        bytes.append(UInt8(ascii: "<"))
        append(name)
        appendAttributes(attributes)
        bytes.append(UInt8(ascii: ">"))
        bytes.append(0x0A)
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        indent()
        bytes.append(UInt8(ascii: "<"))
        bytes.append(UInt8(ascii: "/"))
        append(name)
        bytes.append(UInt8(ascii: ">"))
        bytes.append(0x0A)
    }

    /// An element with no content: `<name a="v"/>`.
    mutating func empty(_ name: String, _ attributes: [(String, String)] = []) {
        indent()
        bytes.append(UInt8(ascii: "<"))
        append(name)
        appendAttributes(attributes)
        bytes.append(UInt8(ascii: "/"))
        bytes.append(UInt8(ascii: ">"))
        bytes.append(0x0A)
    }

    /// An element holding only text, on one line; the text is kept exactly.
    mutating func text(_ name: String, _ attributes: [(String, String)] = [], _ value: String) {
        if value.isEmpty { return empty(name, attributes) }
        indent()
        bytes.append(UInt8(ascii: "<"))
        append(name)
        appendAttributes(attributes)
        bytes.append(UInt8(ascii: ">"))
        XMLEscaping.appendText(value, to: &bytes)
        bytes.append(UInt8(ascii: "<"))
        bytes.append(UInt8(ascii: "/"))
        append(name)
        bytes.append(UInt8(ascii: ">"))
        bytes.append(0x0A)
    }

    /// Raw markup already escaped, written at the current indentation on its own line.
    mutating func raw(_ markup: String) {
        indent()
        append(markup)
        bytes.append(0x0A)
    }

    /// `<name a="v">`, nothing before or after it.
    mutating func startTag(_ name: String, _ attributes: [(String, String)] = []) {
        bytes.append(UInt8(ascii: "<"))
        append(name)
        appendAttributes(attributes)
        bytes.append(UInt8(ascii: ">"))
    }

    /// `<name a="v"/>`, nothing before or after it.
    mutating func emptyTag(_ name: String, _ attributes: [(String, String)] = []) {
        bytes.append(UInt8(ascii: "<"))
        append(name)
        appendAttributes(attributes)
        bytes.append(UInt8(ascii: "/"))
        bytes.append(UInt8(ascii: ">"))
    }

    /// `</name>`, nothing before or after it.
    mutating func endTag(_ name: String) {
        bytes.append(UInt8(ascii: "<"))
        bytes.append(UInt8(ascii: "/"))
        append(name)
        bytes.append(UInt8(ascii: ">"))
    }

    /// Character data, escaped.
    mutating func characters(_ text: String) {
        XMLEscaping.appendText(text, to: &bytes)
    }

    /// `<name a="v">text</name>` on the current line.
    mutating func inlineText(_ name: String, _ attributes: [(String, String)] = [], _ text: String) {
        startTag(name, attributes)
        characters(text)
        endTag(name)
    }

    mutating func newline() {
        bytes.append(0x0A)
    }

    /// Appends what another writer (a fragment) has written.
    mutating func append(_ other: XMLWriter) {
        bytes.append(contentsOf: other.bytes)
    }

    private mutating func appendAttributes(_ attributes: [(String, String)]) {
        for (name, value) in attributes {
            bytes.append(0x20)
            append(name)
            bytes.append(UInt8(ascii: "="))
            bytes.append(UInt8(ascii: "\""))
            XMLEscaping.appendAttribute(value, to: &bytes)
            bytes.append(UInt8(ascii: "\""))
        }
    }
}
