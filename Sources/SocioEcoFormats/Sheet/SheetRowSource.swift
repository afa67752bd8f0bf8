/// Rows of one sheet, read one at a time so memory stays bounded by a row, not by the
/// sheet. CSV and XLSX readers both give this; the 5W import reads only this.
public protocol SheetRowSource {
    /// The file as it is named in diagnostics.
    var file: String { get }
    /// The sheet's name in an XLSX workbook; nil for CSV (then a cell is `FILE:ROW:COLUMN`).
    var sheetName: String? { get }
    /// Things said about the file as a whole that are not errors (for example that a CSV
    /// was read as Windows-1252), as diagnostics of severity `.note`.
    var notes: [Diagnostic] { get }
    /// The next non-blank row, or nil at the end. Throws a `ReadFailure` (kind
    /// `.unreadable` or `.invalid`, every problem located) when the file cannot be read.
    mutating func nextRow() throws -> SheetRow?
}

extension SheetRowSource {
    /// Where a cell is, as the sheet's own program would show it.
    public func diagnostic(row: Int, column: Int, severity: Diagnostic.Severity = .error,
                           code: String, message: String) -> Diagnostic {
        Diagnostic(file: file, line: row, column: column, sheet: sheetName,
                   severity: severity, code: code, message: message)
    }
}
