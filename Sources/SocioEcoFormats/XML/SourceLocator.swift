/// Finds lines and character columns in a file after the fact, on the error path only,
/// so that reading a valid file pays nothing for locations.
///
/// The n-th element that the streaming reader reports is the n-th start tag in the
/// text (after the reader has checked the document up to there), so a light scan that
/// skips comments, CDATA sections, processing instructions and end tags can find it.
struct SourceLocator {
    struct Position: Hashable {
        var line: Int
        var column: Int
    }

    /// A start or end tag that stands on a line asked about.
    struct Tag: Hashable {
        /// The name without its prefix.
        var localName: String
        var isEnd: Bool
        /// Where the element starts: for a start tag the tag itself, for an end tag the
        /// start tag it closes (schema errors found at an element's end belong there).
        var start: Position
    }

    /// What stands on one line asked about.
    struct LineTags: Hashable {
        /// The column of the first tag or non-blank character.
        var firstColumn: Int?
        var tags: [Tag] = []
    }

    /// Positions of the start tags numbered in `ordinals` (1-based), and the tags on each
    /// line in `lines`.
    static func locate(in source: SourceBytes, ordinals: Set<Int>, lines: Set<Int>) -> (ordinals: [Int: Position], lines: [Int: LineTags]) {
        guard !ordinals.isEmpty || !lines.isEmpty else { return ([:], [:]) }
        return source.withBytes { locate($0, ordinals: ordinals, lines: lines) } ?? ([:], [:])
    }

    private static func locate(_ bytes: UnsafeBufferPointer<UInt8>, ordinals: Set<Int>, lines: Set<Int>) -> (ordinals: [Int: Position], lines: [Int: LineTags]) {
        var found: [Int: Position] = [:]
        var lineTags: [Int: LineTags] = [:]
        let size = bytes.count
        let maxOrdinal = ordinals.max() ?? 0
        let maxLine = lines.max() ?? 0

        var line = 1
        var lineStart = 0
        var ordinal = 0
        var i = 0
        // Start tags not yet closed, to pair an end tag with its start.
        var open: [Position] = []
        // Characters, not bytes: count the bytes that start a UTF-8 sequence. Counted on
        // from the last column asked on the same line, so a file on one long line costs
        // one pass, not one pass per tag.
        var countedLineStart = -1
        var countedOffset = 0
        var countedColumn = 1
        func column(at offset: Int) -> Int {
            if countedLineStart != lineStart || offset < countedOffset {
                countedLineStart = lineStart
                countedOffset = lineStart
                countedColumn = 1
            }
            var k = countedOffset
            while k < offset {
                if bytes[k] & 0xC0 != 0x80 { countedColumn += 1 }
                k += 1
            }
            countedOffset = offset
            return countedColumn
        }
        func noteLine(at offset: Int) {
            if lines.contains(line), lineTags[line]?.firstColumn == nil {
                lineTags[line, default: LineTags()].firstColumn = column(at: offset)
            }
        }
        func skip(until terminator: [UInt8]) {
            while i < size {
                if bytes[i] == 0x0A { line += 1; lineStart = i + 1 }
                if bytes[i] == terminator[0], i + terminator.count <= size,
                   (0..<terminator.count).allSatisfy({ bytes[i + $0] == terminator[$0] }) {
                    i += terminator.count
                    return
                }
                i += 1
            }
        }
        /// Reads the name that starts at `i`, returns its local part, leaves `i` after it.
        func name() -> String {
            let begin = i
            var colon = -1
            while i < size {
                let c = bytes[i]
                if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == UInt8(ascii: ">") || c == UInt8(ascii: "/") { break }
                if c == UInt8(ascii: ":") { colon = i }
                i += 1
            }
            let from = colon >= 0 ? colon + 1 : begin
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<i]), as: UTF8.self)
        }
        /// Moves past the end of a start tag; returns whether it was an empty-element tag.
        /// Attribute values may hold `>` and newlines.
        func skipStartTag() -> Bool {
            var quote: UInt8 = 0
            var last: UInt8 = 0
            while i < size {
                let c = bytes[i]
                if c == 0x0A { line += 1; lineStart = i + 1 }
                i += 1
                if quote != 0 {
                    if c == quote { quote = 0 }
                } else if c == 0x22 || c == 0x27 {
                    quote = c
                } else if c == UInt8(ascii: ">") {
                    return last == UInt8(ascii: "/")
                } else if c != 0x20 && c != 0x09 && c != 0x0A && c != 0x0D {
                    last = c
                }
            }
            return true
        }
        while i < size {
            if ordinal >= maxOrdinal && line > maxLine { break }
            let b = bytes[i]
            if b == 0x0A {
                line += 1
                lineStart = i + 1
                i += 1
                continue
            }
            if b != UInt8(ascii: "<") {
                if b != 0x20 && b != 0x09 && b != 0x0D { noteLine(at: i) }
                i += 1
                continue
            }
            let next = i + 1 < size ? bytes[i + 1] : 0
            if next == UInt8(ascii: "/") {
                noteLine(at: i)
                let here = line
                i += 2
                let local = name()
                let start = open.popLast() ?? Position(line: here, column: 0)
                if lines.contains(here) {
                    lineTags[here, default: LineTags()].tags.append(Tag(localName: local, isEnd: true, start: start))
                }
                skip(until: Array(">".utf8))
            } else if next == UInt8(ascii: "?") {
                skip(until: Array("?>".utf8))
            } else if next == UInt8(ascii: "!") {
                if i + 3 < size && bytes[i + 2] == UInt8(ascii: "-") && bytes[i + 3] == UInt8(ascii: "-") {
                    skip(until: Array("-->".utf8))
                } else if i + 8 < size && bytes[i + 2] == UInt8(ascii: "[") {
                    noteLine(at: i)
                    skip(until: Array("]]>".utf8))
                } else {
                    noteLine(at: i)
                    skip(until: Array(">".utf8))
                }
            } else {
                ordinal += 1
                let position = Position(line: line, column: column(at: i))
                noteLine(at: i)
                if ordinals.contains(ordinal) { found[ordinal] = position }
                i += 1
                let local = name()
                if lines.contains(position.line) {
                    lineTags[position.line, default: LineTags()].tags.append(Tag(localName: local, isEnd: false, start: position))
                }
                if !skipStartTag() { open.append(position) }
            }
        }
        return (found, lineTags)
    }
}
