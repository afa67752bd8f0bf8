import SocioEcoModel

/// A worksheet row as parsed, its cells not yet decoded: each cell's column, type and
/// style, and its text as bytes in one buffer for the row. Decoding (shared strings,
/// numbers, dates, escapes) is `XLSXCellDecoder`'s, so it can run on another thread
/// than the parse, which on a large sheet is the longer of the two.
struct XLSXRawRow: Sendable {
    struct Cell: Sendable {
        var column: Int32
        /// `XLSXSheetReader.typeCode` of the cell's `t`.
        var type: UInt8
        var style: Int32
        var start: Int
        var count: Int
    }

    var number: Int
    /// In the order the sheet has them: a column met twice is settled when decoding.
    var cells: [Cell]
    var bytes: [UInt8]
}

/// Reads one worksheet part row by row as it inflates: cells placed by their `r`
/// reference (or, without one, after the previous cell), with their type and style.
/// Holds one row at a time.
final class XLSXSheetReader: LibXMLEventHandler {
    private enum Name: Int { case row = 1, c, v, is_, t, f, rPh, r, s, sheetData }

    /// Set once the handler is in place (`attach`); the part's parse calls back here.
    /// Weak, as the parse holds its handler: the row source keeps both.
    private weak var part: XLSXPartEvents?
    private let limits: SheetLimits
    private let place: (Int, Int, String) -> ReadFailure
    private let containerFailure: (String) -> ReadFailure

    // The parse's state, touched for every element and text piece of the sheet: the
    // reader is only ever used by one thread at a time, so the run-time exclusivity
    // checks on these, about a tenth of the sheet's handling, are left out.
    @exclusivity(unchecked) private var rowNumber = 0
    @exclusivity(unchecked) private var column = 0
    @exclusivity(unchecked) private var cells: [XLSXRawRow.Cell] = []
    @exclusivity(unchecked) private var bytes: [UInt8] = []
    /// Rows completed by the last piece parsed, not yet taken: a 64 KiB piece holds a
    /// few hundred at most.
    @exclusivity(unchecked) private var ready: [XLSXRawRow] = []
    @exclusivity(unchecked) private var taken = 0
    @exclusivity(unchecked) private var failure: ReadFailure?
    // The cell being read: its text runs from `cellStart` to the end of `bytes`.
    @exclusivity(unchecked) private var cellType: UInt8 = 0
    @exclusivity(unchecked) private var cellStyle = 0
    @exclusivity(unchecked) private var cellStart = 0
    @exclusivity(unchecked) private var inValue = false
    @exclusivity(unchecked) private var inInlineText = false
    @exclusivity(unchecked) private var inline = false
    @exclusivity(unchecked) private var phonetic = 0
    @exclusivity(unchecked) private var done = false

    init(limits: SheetLimits, place: @escaping (Int, Int, String) -> ReadFailure,
         containerFailure: @escaping (String) -> ReadFailure) {
        self.limits = limits
        self.place = place
        self.containerFailure = containerFailure
    }

    /// Reads `part`, whose handler this reader is.
    func attach(_ part: XLSXPartEvents) {
        self.part = part
        for (text, name) in [("row", Name.row), ("c", .c), ("v", .v), ("is", .is_), ("t", .t), ("f", .f),
                             ("rPh", .rPh), ("r", .r), ("s", .s), ("sheetData", .sheetData)] {
            part.intern(text, as: name.rawValue)
        }
    }

    func nextRow() throws(ReadFailure) -> XLSXRawRow? {
        while taken == ready.count {
            ready.removeAll(keepingCapacity: true)
            taken = 0
            if let failure { throw failure }
            guard !done, let part else { return nil }
            if !part.step() {
                done = true
                if let failure { throw failure }
                if let problem = part.problem { throw containerFailure(problem) }
            }
        }
        defer { taken += 1 }
        return ready[taken]
    }

    private func fail(_ error: ReadFailure) {
        guard failure == nil else { return }
        failure = error
        done = true
        part?.stop()
    }

    func startElement(_ element: LibXMLEvents.Element) {
        guard failure == nil else { return }
        switch element.name.localToken.flatMap(Name.init(rawValue:)) {
        case .row?: startRow(element)
        case .c?: startCell(element)
        case .v?: inValue = true
        case .is_?: inline = true
        case .t?: inInlineText = inline
        case .rPh?: phonetic += 1
        default: break
        }
    }

    func endElement(_ name: LibXMLEvents.Name) {
        guard failure == nil else { return }
        switch name.localToken.flatMap(Name.init(rawValue:)) {
        case .row?: if !cells.isEmpty { ready.append(XLSXRawRow(number: rowNumber, cells: cells, bytes: bytes)) }
        case .c?: finishCell()
        case .v?: inValue = false
        case .is_?: inline = false
        case .t?: inInlineText = false
        case .rPh?: phonetic -= 1
        default: break
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard failure == nil, inValue || (inInlineText && phonetic == 0) else { return }
        self.bytes.append(contentsOf: bytes)
        if self.bytes.count - cellStart > limits.maxCellBytes {
            fail(place(rowNumber, column, "the cell holds more than \(limits.maxCellBytes) bytes of text, the most a cell may hold"))
        }
    }

    private func startRow(_ element: LibXMLEvents.Element) {
        var number = rowNumber + 1
        element.forEachAttribute { name, value in
            if name.localToken == Name.r.rawValue, let n = Self.integer(value) { number = n }
        }
        guard number <= limits.maxRows else {
            fail(place(number, 0, "the sheet has more than \(limits.maxRows) rows, the most a sheet may have"))
            return
        }
        rowNumber = number
        column = 0
        cells.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
        cellStart = 0
    }

    private func startCell(_ element: LibXMLEvents.Element) {
        var col = column + 1
        cellType = 0
        cellStyle = 0
        element.forEachAttribute { name, value in
            switch name.localToken.flatMap(Name.init(rawValue:)) {
            case .r?: if let c = Self.columnOf(value) { col = c }
            case .t?: cellType = Self.typeCode(value)
            case .s?: cellStyle = Self.integer(value) ?? 0
            default: break
            }
        }
        guard col <= limits.maxColumns else {
            fail(place(rowNumber, 0, "the row has a cell in column \(col), past the \(limits.maxColumns) columns a sheet may have"))
            return
        }
        column = col
        // Text met since the last cell ended belongs to no cell (a stray `<v>`): dropped.
        bytes.removeSubrange(cellStart...)
        inValue = false
        inline = false
        inInlineText = false
    }

    private func finishCell() {
        cells.append(XLSXRawRow.Cell(column: Int32(column), type: cellType, style: Int32(clamping: cellStyle),
                                     start: cellStart, count: bytes.count - cellStart))
        cellStart = bytes.count
    }

    /// A cell's `t` as one byte: `s` shared, `S` a formula's string (`str`), `i` inline,
    /// `b`, `e`, `d`, and `n` or 0 for numbers.
    static func typeCode(_ b: UnsafeBufferPointer<UInt8>) -> UInt8 {
        switch b.count {
        case 0: return 0
        case 1: return b[0]
        case 3 where b[0] == UInt8(ascii: "s"): return UInt8(ascii: "S")
        default: return b[0] == UInt8(ascii: "i") ? UInt8(ascii: "i") : b[0]
        }
    }

    static func integer(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !b.isEmpty, b.count <= 12 else { return nil }
        var n = 0
        for u in b {
            guard u >= 0x30, u <= 0x39 else { return nil }
            n = n * 10 + Int(u - 0x30)
        }
        return n
    }

    /// The column of a reference such as `AB12`.
    static func columnOf(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        var n = 0, letters = 0
        for u in b {
            let c = u | 0x20
            guard c >= 0x61, c <= 0x7A else { break }
            letters += 1
            guard letters <= 4 else { return nil }
            n = n * 26 + Int(c - 0x60)
        }
        return letters == 0 ? nil : n
    }
}
