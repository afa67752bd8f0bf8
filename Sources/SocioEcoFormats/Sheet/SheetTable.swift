/// A sheet to write: rows of text cells, the first `frozenRows` of them headers kept in
/// view. The CSV and XLSX writers both take this, so an export is the same table in
/// either form. Writers must keep every cell text (never a formula).
public struct SheetTable: Hashable, Sendable {
    public var name: String
    public var rows: [[String]]
    public var frozenRows: Int

    public init(name: String, rows: [[String]], frozenRows: Int = 0) {
        self.name = name
        self.rows = rows
        self.frozenRows = frozenRows
    }
}
