/// One non-blank row read from a sheet, numbered as the sheet numbers it (1-based), its
/// cells sparse and in column order (1-based columns: A is 1).
public struct SheetRow: Hashable, Sendable {
    public struct Cell: Hashable, Sendable {
        public var column: Int
        public var value: SheetValue

        public init(column: Int, value: SheetValue) {
            self.column = column
            self.value = value
        }
    }

    public var number: Int
    public var cells: [Cell]

    public init(number: Int, cells: [Cell]) {
        self.number = number
        self.cells = cells
    }

    /// The cell in a column, if the row has one there.
    public subscript(column column: Int) -> SheetValue? {
        var lo = 0, hi = cells.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if cells[mid].column < column { lo = mid + 1 } else { hi = mid }
        }
        return lo < cells.count && cells[lo].column == column ? cells[lo].value : nil
    }
}
