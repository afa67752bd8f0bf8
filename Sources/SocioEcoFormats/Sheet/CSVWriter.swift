/// Writes a `SheetTable` as CSV (RFC 4180, comma-separated, CRLF line ends) in UTF-8 with
/// a byte-order mark, so that Excel opens it as UTF-8 rather than in the machine's code page.
///
/// A cell a spreadsheet would run as a formula (text starting `=`, `+`, `-`, `@`, tab or
/// carriage return) is written with a leading `'`, which spreadsheets show as text; a cell
/// already starting with `'`s before such a character gets one more. `CSVRowSource` takes
/// exactly one off again, so every cell reads back as it was written.
public struct CSVWriter: Sendable {
    public init() {}

    public func encode(_ table: SheetTable) -> [UInt8] {
        var out: [UInt8] = [0xEF, 0xBB, 0xBF]
        for row in table.rows {
            for (i, cell) in row.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                Self.appendCell(Self.guarded(cell), to: &out)
            }
            out += [0x0D, 0x0A]
        }
        return out
    }

    /// The text with the formula guard added when it needs one.
    public static func guarded(_ text: String) -> String {
        return guardedPrefixLength(Array(text.utf8)[...]) == nil ? text : "'" + text
    }

    /// When `b` is a run of `'` (perhaps empty) followed by a formula trigger, the run's length.
    static func guardedPrefixLength(_ b: ArraySlice<UInt8>) -> Int? {
        var i = b.startIndex
        while i < b.endIndex, b[i] == UInt8(ascii: "'") { i += 1 }
        guard i < b.endIndex else { return nil }
        switch b[i] {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: return i - b.startIndex
        default: return nil
        }
    }

    /// RFC 4180: a cell holding a separator, a quote or a line end is quoted, with its
    /// quotes doubled. Cells with a leading or trailing space are quoted too, so no
    /// reader trims them.
    private static func appendCell(_ text: String, to out: inout [UInt8]) {
        let b = Array(text.utf8)
        let needsQuotes = b.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D
            || $0 == UInt8(ascii: ";") || $0 == 0x09 } || b.first == 0x20 || b.last == 0x20
        guard needsQuotes else { out += b; return }
        out.append(UInt8(ascii: "\""))
        for c in b {
            if c == UInt8(ascii: "\"") { out.append(c) }
            out.append(c)
        }
        out.append(UInt8(ascii: "\""))
    }
}
