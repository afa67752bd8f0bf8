/// The rows of one sheet of an .xlsx workbook, read as the ZIP entry inflates, so memory
/// is bounded by a row and the shared strings table, never by the sheet's XML. The file
/// is checked as a container first (see `XLSXContainerLimits`); every problem is a
/// `ReadFailure` that says where and what to do.
public struct XLSXRowSource: SheetRowSource {
    public let file: String
    public let sheetName: String?
    public let notes: [Diagnostic] = []
    /// Every sheet of the workbook, in order.
    public let sheets: [XLSXSheetInfo]
    private let reader: XLSXSheetReader
    /// Decodes the reader's rows; `ReadAheadRowSource` runs it on the caller's thread.
    let decoder: XLSXCellDecoder
    /// The sheet's parse, whose handler is `reader`.
    private let part: XLSXPartEvents
    /// Kept open while the sheet streams: its file handle feeds the pump.
    private let archive: XLSXArchive

    /// Opens `sheet` of the workbook at `path`, or its first visible sheet. An unknown
    /// sheet name is an error that lists the sheets there are.
    public init(path: String, sheet: String?, limits: SheetLimits = .standard,
                container: XLSXContainerLimits = .standard) throws(ReadFailure) {
        let archive = try XLSXArchive(path: path, file: path, limits: container)
        let workbook = try XLSXWorkbook(archive: archive)
        let chosen: XLSXSheetInfo
        if let sheet {
            guard let found = workbook.sheets.first(where: { $0.name == sheet })
                ?? workbook.sheets.first(where: { $0.name.lowercased() == sheet.lowercased() }) else {
                let names = workbook.sheets.map { "'\($0.name)'" }.joined(separator: ", ")
                throw archive.failure("the workbook has no sheet '\(sheet)'; its sheets are \(names)")
            }
            chosen = found
        } else {
            chosen = workbook.sheets.first(where: \.isVisible) ?? workbook.sheets[0]
        }
        let styles = try workbook.stylesPath.map { path throws(ReadFailure) in try XLSXStyles(archive: archive, path: path) } ?? XLSXStyles()
        let strings = try workbook.sharedStringsPath.map { path throws(ReadFailure) in
            try XLSXSharedStrings(archive: archive, path: path, limits: limits)
        } ?? XLSXSharedStrings()
        let file = path
        let name = chosen.name
        let place: (Int, Int, String) -> ReadFailure = { row, column, message in
            ReadFailure(file: file, kind: .invalid, diagnostics: [
                Diagnostic(file: file, line: row, column: column, sheet: name, code: "xlsx-limit", message: message)])
        }
        reader = XLSXSheetReader(limits: limits, place: place, containerFailure: { archive.failure($0) })
        decoder = XLSXCellDecoder(strings: strings, styles: styles, dates: XLSXDateSystem(is1904: workbook.date1904), place: place)
        guard let part = archive.events(chosen.partPath, handler: reader) else {
            throw archive.failure("the sheet '\(chosen.name)' has no part '\(chosen.partPath)' in the archive; save the workbook again")
        }
        reader.attach(part)
        self.part = part
        self.archive = archive
        self.file = path
        self.sheetName = chosen.name
        self.sheets = workbook.sheets
    }

    public mutating func nextRow() throws -> SheetRow? {
        while let raw = try reader.nextRow() {
            if let row = try decoder.row(raw) { return row }
        }
        return nil
    }

    /// The next row as parsed, for `decoder` to decode, maybe on another thread.
    func nextRawRow() throws(ReadFailure) -> XLSXRawRow? {
        try reader.nextRow()
    }

    /// The sheets of the workbook at `path`, in order, with whether each is visible.
    public static func sheets(path: String, container: XLSXContainerLimits = .standard) throws(ReadFailure) -> [XLSXSheetInfo] {
        let archive = try XLSXArchive(path: path, file: path, limits: container)
        return try XLSXWorkbook(archive: archive).sheets
    }
}
