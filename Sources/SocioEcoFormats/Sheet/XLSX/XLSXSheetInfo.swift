/// One sheet a workbook lists, in the workbook's order.
public struct XLSXSheetInfo: Hashable, Sendable {
    public var name: String
    /// False for sheets the workbook marks `hidden` or `veryHidden`.
    public var isVisible: Bool
    /// The sheet's part in the ZIP, such as `xl/worksheets/sheet1.xml`.
    public var partPath: String

    public init(name: String, isVisible: Bool, partPath: String) {
        self.name = name
        self.isVisible = isVisible
        self.partPath = partPath
    }
}
