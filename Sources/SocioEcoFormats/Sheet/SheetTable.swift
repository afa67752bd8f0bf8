/// A sheet to write: rows of text cells, the first `frozenRows` of them headers kept in
/// view. The CSV and XLSX writers both take this, so an export is the same table in
/// either form. Writers must keep every cell text (never a formula).
public struct SheetTable: Hashable, Sendable {
    /// A drop-down on a column (XLSX only; CSV has none): the cells of `column` from
    /// `firstRow` down may take the values listed in `sourceSheet`'s `sourceColumn`,
    /// rows `sourceRows`.
    public struct ListValidation: Hashable, Sendable {
        public var column: Int
        public var firstRow: Int
        public var sourceSheet: String
        public var sourceColumn: Int
        public var sourceRows: ClosedRange<Int>
        /// Whether a cell may hold several values separated by `,` (then the list only
        /// guides, and the spreadsheet must not refuse other text).
        public var allowsOtherText: Bool

        public init(column: Int, firstRow: Int, sourceSheet: String, sourceColumn: Int,
                    sourceRows: ClosedRange<Int>, allowsOtherText: Bool = false) {
            self.column = column
            self.firstRow = firstRow
            self.sourceSheet = sourceSheet
            self.sourceColumn = sourceColumn
            self.sourceRows = sourceRows
            self.allowsOtherText = allowsOtherText
        }
    }

    public var name: String
    public var rows: [[String]]
    public var frozenRows: Int
    public var validations: [ListValidation]

    public init(name: String, rows: [[String]], frozenRows: Int = 0, validations: [ListValidation] = []) {
        self.name = name
        self.rows = rows
        self.frozenRows = frozenRows
        self.validations = validations
    }
}
