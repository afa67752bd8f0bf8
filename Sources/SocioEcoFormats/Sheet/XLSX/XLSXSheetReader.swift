import SocioEcoModel

/// Reads one worksheet part row by row as it inflates: cells placed by their `r`
/// reference (or, without one, after the previous cell), typed by `t`, dates found by
/// the cell's style. Holds one row at a time.
final class XLSXSheetReader {
    private enum Name: Int { case row = 1, c, v, is_, t, f, rPh, r, s, sheetData }

    private let stream: XLSXPartStream
    private let xml: LibXMLStream
    private let strings: XLSXSharedStrings
    private let styles: XLSXStyles
    private let dates: XLSXDateSystem
    private let limits: SheetLimits
    private let place: (Int, Int, String) -> ReadFailure
    private let containerFailure: (String) -> ReadFailure

    private var rowNumber = 0
    private var column = 0
    private var cells: [SheetRow.Cell] = []
    // The cell being read.
    private var cellType: UInt8 = 0
    private var cellStyle = 0
    private var text: [UInt8] = []
    private var inValue = false
    private var inInlineText = false
    private var inline = false
    private var phonetic = 0
    private var done = false

    init(stream: XLSXPartStream, xml: LibXMLStream, strings: XLSXSharedStrings, styles: XLSXStyles,
         dates: XLSXDateSystem, limits: SheetLimits,
         place: @escaping (Int, Int, String) -> ReadFailure, containerFailure: @escaping (String) -> ReadFailure) {
        self.stream = stream
        self.xml = xml
        self.strings = strings
        self.styles = styles
        self.dates = dates
        self.limits = limits
        self.place = place
        self.containerFailure = containerFailure
        for (text, name) in [("row", Name.row), ("c", .c), ("v", .v), ("is", .is_), ("t", .t), ("f", .f),
                             ("rPh", .rPh), ("r", .r), ("s", .s), ("sheetData", .sheetData)] {
            xml.intern(text, as: name.rawValue)
        }
    }

    func nextRow() throws(ReadFailure) -> SheetRow? {
        // libxml2's thread error handlers are set once per row, not once per node.
        let result: Result<SheetRow?, ReadFailure> = xml.withThreadHandlers {
            do throws(ReadFailure) { return .success(try advance()) } catch { return .failure(error) }
        }
        return try result.get()
    }

    private func advance() throws(ReadFailure) -> SheetRow? {
        guard !done else { return nil }
        while let kind = stream.read() {
            switch kind {
            case .element:
                let empty = xml.isEmptyElement
                switch xml.localNameToken.flatMap(Name.init(rawValue:)) {
                case .row?:
                    try startRow()
                    if empty, let row = finishRow() { return row }
                case .c?:
                    try startCell()
                    if empty { try finishCell() }
                case .v?: inValue = !empty
                case .is_?: inline = true
                case .t?: inInlineText = inline && !empty
                case .rPh?: if !empty { phonetic += 1 }
                default: break
                }
            case .endElement:
                switch xml.localNameToken.flatMap(Name.init(rawValue:)) {
                case .row?: if let row = finishRow() { return row }
                case .c?: try finishCell()
                case .v?: inValue = false
                case .is_?: inline = false
                case .t?: inInlineText = false
                case .rPh?: phonetic -= 1
                default: break
                }
            case .text, .cdata, .whitespace:
                guard inValue || (inInlineText && phonetic == 0) else { continue }
                xml.withValueBytes { text.append(contentsOf: $0) }
                if text.count > limits.maxCellBytes {
                    done = true
                    stream.close()
                    throw place(rowNumber, column, "the cell holds more than \(limits.maxCellBytes) bytes of text, the most a cell may hold")
                }
            default:
                break
            }
        }
        done = true
        if let problem = stream.problem { throw containerFailure(problem) }
        return nil
    }

    private func startRow() throws(ReadFailure) {
        var number = rowNumber + 1
        xml.forEachAttribute { a in
            if a.localNameToken == Name.r.rawValue, let n = a.withValueBytes(Self.integer) { number = n }
        }
        guard number <= limits.maxRows else {
            done = true
            stream.close()
            throw place(number, 0, "the sheet has more than \(limits.maxRows) rows, the most a sheet may have")
        }
        rowNumber = number
        column = 0
        cells.removeAll(keepingCapacity: true)
    }

    private func startCell() throws(ReadFailure) {
        var col = column + 1
        cellType = 0
        cellStyle = 0
        xml.forEachAttribute { a in
            switch a.localNameToken.flatMap(Name.init(rawValue:)) {
            case .r?: if let c = a.withValueBytes(Self.columnOf) { col = c }
            case .t?: cellType = a.withValueBytes(Self.typeCode)
            case .s?: cellStyle = a.withValueBytes(Self.integer) ?? 0
            default: break
            }
        }
        guard col <= limits.maxColumns else {
            done = true
            stream.close()
            throw place(rowNumber, 0, "the row has a cell in column \(col), past the \(limits.maxColumns) columns a sheet may have")
        }
        column = col
        text.removeAll(keepingCapacity: true)
        inValue = false
        inline = false
        inInlineText = false
    }

    private func finishCell() throws(ReadFailure) {
        let value: SheetValue
        switch cellType {
        case UInt8(ascii: "s"):
            guard !text.isEmpty else { return }
            guard let i = text.withUnsafeBufferPointer(Self.integer), let s = strings[i] else {
                throw place(rowNumber, column, "the cell refers to shared string \(String(decoding: text, as: UTF8.self)), which the workbook does not have")
            }
            value = .text(s)
        case UInt8(ascii: "b"):
            value = .boolean(text.first == UInt8(ascii: "1") || String(decoding: text, as: UTF8.self).lowercased() == "true")
        case UInt8(ascii: "d"):
            let s = String(decoding: text, as: UTF8.self)
            value = CalendarDate(String(s.prefix(10))).map(SheetValue.date) ?? .text(s)
        case UInt8(ascii: "i"):
            value = .text(XLSXText.unescape(String(decoding: text, as: UTF8.self)))
        case UInt8(ascii: "e"), UInt8(ascii: "S"):
            // Errors as Excel shows them (`#N/A`), a formula's text result.
            value = .text(String(decoding: text, as: UTF8.self))
        default:
            guard !text.isEmpty else { return }
            let s = String(decoding: text, as: UTF8.self)
            guard let d = Double(s), d.isFinite else {
                value = .text(s)
                break
            }
            if styles.isDate(style: cellStyle) {
                if let date = dates.date(serial: d) {
                    value = .date(date)
                } else {
                    value = dates.isPhantomLeapDay(serial: d) ? .text("1900-02-29") : .number(d)
                }
            } else {
                value = .number(d)
            }
        }
        if case .text(let s) = value, s.isEmpty { return }
        if let last = cells.last, last.column >= column {
            cells.removeAll { $0.column == column }
            cells.append(SheetRow.Cell(column: column, value: value))
            cells.sort { $0.column < $1.column }
        } else {
            cells.append(SheetRow.Cell(column: column, value: value))
        }
    }

    private func finishRow() -> SheetRow? {
        cells.isEmpty ? nil : SheetRow(number: rowNumber, cells: cells)
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
