#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

    /// Positions of the start tags numbered in `ordinals` (1-based), and the column of
    /// the first start tag (or first non-blank character) on each line in `lines`.
    static func locate(path: String, ordinals: Set<Int>, lines: Set<Int>) -> (ordinals: [Int: Position], lines: [Int: Int]) {
        var found: [Int: Position] = [:]
        var lineColumns: [Int: Int] = [:]
        guard !ordinals.isEmpty || !lines.isEmpty else { return (found, lineColumns) }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return (found, lineColumns) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_size > 0 else { return (found, lineColumns) }
        let size = Int(st.st_size)
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else {
            return (found, lineColumns)
        }
        defer { munmap(base, size) }
        let bytes = UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: size)
        let maxOrdinal = ordinals.max() ?? 0
        let maxLine = lines.max() ?? 0

        var line = 1
        var lineStart = 0
        var ordinal = 0
        var i = 0
        // Characters, not bytes: count the bytes that start a UTF-8 sequence.
        func column(at offset: Int) -> Int {
            var c = 1
            var k = lineStart
            while k < offset {
                if bytes[k] & 0xC0 != 0x80 { c += 1 }
                k += 1
            }
            return c
        }
        func noteLine(at offset: Int) {
            if lines.contains(line), lineColumns[line] == nil { lineColumns[line] = column(at: offset) }
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
                let col = column(at: i)
                if lines.contains(line), lineColumns[line] == nil { lineColumns[line] = col }
                if ordinals.contains(ordinal) { found[ordinal] = Position(line: line, column: col) }
                i += 1
            }
        }
        return (found, lineColumns)
    }
}
