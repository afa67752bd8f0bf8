/// Rows of a CSV file as Excel and LibreOffice write it (docs/spreadsheet-format.md):
/// the separator (`,`, `;` or tab) found from the first row, any of Excel's encodings,
/// RFC 4180 quoting with separators and newlines inside quotes. Blank rows and empty
/// cells are left out, so trailing empty columns cost nothing; rows and columns are
/// numbered as a spreadsheet opening the file numbers them.
///
/// A cell the CSV writer guarded against formula injection (`'=…`) is read back as it was
/// (`=…`): see `CSVWriter.guarded(_:)`.
public struct CSVRowSource: SheetRowSource {
    public let file: String
    public var sheetName: String? { nil }
    public private(set) var notes: [Diagnostic] = []
    public let separator: UInt8
    public let limits: SheetLimits

    private let bytes: [UInt8]
    private var position = 0
    private var record = 0

    /// Reads the whole file (a CSV is read in one piece; its rows are then parsed one at
    /// a time).
    /// - Throws: `ReadFailure` `.unreadable` when the file cannot be opened or read.
    public init(path: String, limits: SheetLimits = .standard) throws(ReadFailure) {
        self.init(bytes: try Self.contents(of: path), name: path, limits: limits)
    }

    /// Reads CSV bytes held in memory; `name` stands for them in diagnostics.
    public init(bytes raw: [UInt8], name: String, limits: SheetLimits = .standard) {
        let text = CSVText(raw)
        file = name
        self.limits = limits
        bytes = text.utf8
        separator = Self.detectSeparator(text.utf8)
        if text.encoding == .windows1252 {
            notes.append(Diagnostic(file: name, line: 0, column: 0, severity: .note, code: "encoding",
                                    message: "the file is not UTF-8; read it as Windows-1252 (Excel's encoding on Windows in western Europe)"))
        }
    }

    /// The separator that occurs most often in the first record outside quotes; a comma
    /// when none does.
    static func detectSeparator(_ b: [UInt8]) -> UInt8 {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, UInt8(ascii: "\t"): 0]
        var quoted = false
        for c in b {
            if c == UInt8(ascii: "\"") { quoted.toggle(); continue }
            if quoted { continue }
            if c == UInt8(ascii: "\n") || c == UInt8(ascii: "\r") { break }
            if counts[c] != nil { counts[c]! += 1 }
        }
        var best = UInt8(ascii: ",")
        for c in [UInt8(ascii: ";"), UInt8(ascii: "\t")] where counts[c]! > counts[best]! { best = c }
        return best
    }

    public mutating func nextRow() throws -> SheetRow? {
        while position < bytes.count {
            record += 1
            if record > limits.maxRows {
                throw failure(row: record, column: 1, code: "limit",
                              "the sheet has more than \(limits.maxRows) rows, the most this tool reads; split it")
            }
            let cells = try readRecord()
            if !cells.isEmpty { return SheetRow(number: record, cells: cells) }
        }
        return nil
    }

    private mutating func readRecord() throws(ReadFailure) -> [SheetRow.Cell] {
        var cells: [SheetRow.Cell] = []
        var column = 0
        var field: [UInt8] = []
        while true {
            column += 1
            if column > limits.maxColumns {
                throw failure(row: record, column: column, code: "limit",
                              "the row has more than \(limits.maxColumns) columns, the most this tool reads")
            }
            field.removeAll(keepingCapacity: true)
            let end = try readField(into: &field, column: column)
            if !field.isEmpty {
                cells.append(SheetRow.Cell(column: column, value: .text(Self.unguarded(field))))
            }
            if end { return cells }
        }
    }

    /// Reads one field into `field`; true when it ended its record.
    private mutating func readField(into field: inout [UInt8], column: Int) throws(ReadFailure) -> Bool {
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        if position < bytes.count, bytes[position] == quote {
            let openedAt = record
            position += 1
            while true {
                guard position < bytes.count else {
                    throw failure(row: openedAt, column: column, code: "csv-quote",
                                  "the quoted cell that starts here is never closed; add the closing '\"'")
                }
                let c = bytes[position]
                position += 1
                if c == quote {
                    if position < bytes.count, bytes[position] == quote {
                        field.append(quote)
                        position += 1
                        continue
                    }
                    break
                }
                field.append(c)
                try checkSize(field, column: column)
            }
            guard position < bytes.count else { return true }
            let c = bytes[position]
            if c == separator { position += 1; return false }
            if c == cr || c == lf { endLine(); return true }
            throw failure(row: record, column: column, code: "csv-quote",
                          "text follows the closing '\"' of a quoted cell; write a quote inside a quoted cell as '\"\"'")
        }
        while position < bytes.count {
            let c = bytes[position]
            if c == separator { position += 1; return false }
            if c == cr || c == lf { endLine(); return true }
            field.append(c)
            position += 1
            try checkSize(field, column: column)
        }
        return true
    }

    private mutating func endLine() {
        if bytes[position] == UInt8(ascii: "\r"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "\n") {
            position += 1
        }
        position += 1
    }

    private func checkSize(_ field: [UInt8], column: Int) throws(ReadFailure) {
        if field.count > limits.maxCellBytes {
            throw failure(row: record, column: column, code: "limit",
                          "the cell holds more than \(limits.maxCellBytes) bytes of text, the most this tool reads")
        }
    }

    /// The cell's text with the writer's formula guard taken off: one `'` before any run of
    /// `'` that ends in a character a spreadsheet would run as a formula.
    static func unguarded(_ field: [UInt8]) -> String {
        guard field.first == UInt8(ascii: "'"), CSVWriter.guardedPrefixLength(field.dropFirst()) != nil else {
            return String(decoding: field, as: UTF8.self)
        }
        return String(decoding: field.dropFirst(), as: UTF8.self)
    }

    private func failure(row: Int, column: Int, code: String, _ message: String) -> ReadFailure {
        ReadFailure(file: file, kind: .invalid, diagnostics: [diagnostic(row: row, column: column, code: code, message: message)])
    }

    static func contents(of path: String) throws(ReadFailure) -> [UInt8] {
        let fd: Int32
        do { fd = try SystemCalls.openForReading(path) } catch {
            throw ReadFailure(file: path, kind: .unreadable, diagnostics: [
                Diagnostic(file: path, line: 0, column: 0, code: "io", message: "cannot open the file: \(error)")])
        }
        defer { try? SystemCalls.close(fd) }
        return try contents(of: fd, name: path)
    }

    /// The whole content of an open file descriptor (standard input), for `init(bytes:name:)`;
    /// `name` stands for it in diagnostics.
    /// - Throws: `ReadFailure` `.unreadable` when it cannot be read.
    public static func contents(of fd: Int32, name path: String) throws(ReadFailure) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n: Int
            do { n = try chunk.withUnsafeMutableBytes { (b) throws(SystemError) in try SystemCalls.read(fd, into: b) } } catch {
                throw ReadFailure(file: path, kind: .unreadable, diagnostics: [
                    Diagnostic(file: path, line: 0, column: 0, code: "io", message: "cannot read: \(error)")])
            }
            if n == 0 { return bytes }
            bytes += chunk[0..<n]
        }
    }
}
