/// What a sheet reader refuses, so a hostile or runaway file fails quickly in bounded
/// memory. The defaults are Excel's own maxima for rows and columns and its 32,767
/// characters per cell (here counted in UTF-8 bytes, four per character at most).
public struct SheetLimits: Hashable, Sendable {
    public var maxRows: Int
    public var maxColumns: Int
    public var maxCellBytes: Int

    public init(maxRows: Int = 1_048_576, maxColumns: Int = 16_384, maxCellBytes: Int = 131_068) {
        self.maxRows = maxRows
        self.maxColumns = maxColumns
        self.maxCellBytes = maxCellBytes
    }

    public static let standard = SheetLimits()
}
