import SocioEcoModel

/// Turns a parsed worksheet row into the row a person sees: shared strings looked up,
/// numbers parsed, dates found by the cell's style, escapes undone. Holds only what the
/// workbook's other parts said, read before the sheet, so it can decode on one thread
/// while the sheet is parsed on another.
struct XLSXCellDecoder: @unchecked Sendable {
    let strings: XLSXSharedStrings
    let styles: XLSXStyles
    let dates: XLSXDateSystem
    /// A failure at a row and column of the sheet.
    let place: (Int, Int, String) -> ReadFailure

    func row(_ raw: XLSXRawRow) throws(ReadFailure) -> SheetRow? {
        var cells: [SheetRow.Cell] = []
        cells.reserveCapacity(raw.cells.count)
        try raw.bytes.withUnsafeBufferPointer { (all) throws(ReadFailure) in
            for cell in raw.cells {
                let text = UnsafeBufferPointer(rebasing: all[cell.start..<(cell.start + cell.count)])
                guard let value = try value(cell, text: text, row: raw.number) else { continue }
                let column = Int(cell.column)
                // A column met twice: the later cell wins, and the row stays in column order.
                if let last = cells.last, last.column >= column {
                    cells.removeAll { $0.column == column }
                    cells.append(SheetRow.Cell(column: column, value: value))
                    cells.sort { $0.column < $1.column }
                } else {
                    cells.append(SheetRow.Cell(column: column, value: value))
                }
            }
        }
        return cells.isEmpty ? nil : SheetRow(number: raw.number, cells: cells)
    }

    /// The cell's value; nil for a cell that shows nothing.
    private func value(_ cell: XLSXRawRow.Cell, text: UnsafeBufferPointer<UInt8>, row: Int) throws(ReadFailure) -> SheetValue? {
        let value: SheetValue
        switch cell.type {
        case UInt8(ascii: "s"):
            guard !text.isEmpty else { return nil }
            guard let i = XLSXSheetReader.integer(text), let s = strings[i] else {
                throw place(row, Int(cell.column), "the cell refers to shared string \(String(decoding: text, as: UTF8.self)), which the workbook does not have")
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
            guard !text.isEmpty else { return nil }
            let s = String(decoding: text, as: UTF8.self)
            guard let d = Double(s), d.isFinite else {
                value = .text(s)
                break
            }
            if styles.isDate(style: Int(cell.style)) {
                if let date = dates.date(serial: d) {
                    value = .date(date)
                } else {
                    value = dates.isPhantomLeapDay(serial: d) ? .text("1900-02-29") : .number(d)
                }
            } else {
                value = .number(d)
            }
        }
        if case .text(let s) = value, s.isEmpty { return nil }
        return value
    }
}
