/// What the XLSX reader refuses in the ZIP container itself, before and while inflating,
/// so a ZIP bomb fails quickly in bounded memory (README, "Limits").
public struct XLSXContainerLimits: Hashable, Sendable {
    /// The most bytes all entries may hold once inflated, as declared and as counted.
    public var maxTotalBytes: Int
    /// The most an entry may inflate to per compressed byte, for entries past
    /// `ratioFloorBytes`: a 100,000-row 5W compresses about 1:15, and Apache POI refuses
    /// past 1:100; zlib cannot go past about 1:1,030.
    public var maxRatio: Int
    public var ratioFloorBytes: Int
    /// The most entries the central directory may list (Excel writes a dozen or so).
    public var maxEntries: Int
    /// The most bytes of the XML parts read whole into tables: the workbook, its
    /// relationships and styles (shared strings are streamed and bounded by `maxTotalBytes`).
    public var maxSmallPartBytes: Int

    public init(maxTotalBytes: Int = 1 << 30, maxRatio: Int = 200, ratioFloorBytes: Int = 1 << 20,
                maxEntries: Int = 10_000, maxSmallPartBytes: Int = 64 << 20) {
        self.maxTotalBytes = maxTotalBytes
        self.maxRatio = maxRatio
        self.ratioFloorBytes = ratioFloorBytes
        self.maxEntries = maxEntries
        self.maxSmallPartBytes = maxSmallPartBytes
    }

    public static let standard = XLSXContainerLimits()
}
