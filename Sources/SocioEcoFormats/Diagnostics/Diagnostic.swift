import Foundation
/// A problem found in an input file, located by line and column.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable {
        case error, warning, note
    }

    public var file: String
    /// The sheet of a workbook the problem is in; then `line` is its row and `column` its
    /// column, and the place reads `FILE:SHEET!D14`, as spreadsheets name cells.
    public var sheet: String?
    /// 1-based line.
    public var line: Int
    /// 1-based column counted in characters; 0 when unknown.
    public var column: Int
    public var severity: Severity
    /// A stable code: a model rule (`unresolved-level`, ...), or `xml` for a file that is
    /// not well-formed XML, `schema` for a breach of the XSD, `doctype`, `framework-element`.
    public var code: String
    public var message: String

    public init(file: String, line: Int, column: Int, sheet: String? = nil, severity: Severity = .error,
                code: String, message: String) {
        self.file = file
        self.sheet = sheet
        self.line = line
        self.column = column
        self.severity = severity
        self.code = code
        self.message = message
    }

    /// `FILE:LINE:COLUMN: error: MESSAGE`, the form compilers use, so editors can jump to it.
    /// Control characters in the message are shown escaped so a hostile file cannot
    /// drive the terminal.
    public var description: String {
        let where_: String
        if let sheet {
            let name = Diagnostic.quotedSheetName(sheet)
            where_ = column > 0 ? "\(file):\(name)!\(SheetColumnName.letters(column))\(line)" : "\(file):\(name)!\(line)"
        } else if line > 0 {
            where_ = column > 0 ? "\(file):\(line):\(column)" : "\(file):\(line)"
        } else {
            // A problem of the whole file (a damaged archive, a file that is not there):
            // no line to point at, and `file:0:` would send an editor to a line that is not.
            where_ = file
        }
        return "\(TerminalText.escape(where_)): \(severity.rawValue): \(TerminalText.escape(message))"
    }
}

extension Diagnostic {
    /// A sheet's name as a spreadsheet writes it in a cell reference: bare when it is
    /// letters, digits and `_` not starting with a digit, else in single quotes with any
    /// `'` doubled (`'3W Opérationnelle'!A2`).
    static func quotedSheetName(_ name: String) -> String {
        let bare = !name.isEmpty && !(name.first!.isNumber)
            && name.unicodeScalars.allSatisfy { $0 == "_" || ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
        return bare ? name : "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }
}

/// Why a programme file could not be read.
public struct ReadFailure: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        /// The file does not exist or cannot be opened.
        case unreadable
        /// The file was read and breaks the format; `diagnostics` says where.
        case invalid
    }

    public var file: String
    public var kind: Kind
    public var diagnostics: [Diagnostic]

    public init(file: String, kind: Kind, diagnostics: [Diagnostic]) {
        self.file = file
        self.kind = kind
        self.diagnostics = diagnostics
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
