import SocioEcoFormats

/// The XLSX reader's contract on any bytes: rows whose cells are in column order within
/// the limits, or a failure with located, printable diagnostics. Crashes, hangs and
/// runaway memory (a ZIP bomb past the limits) are the fuzzer's to catch.
public enum XLSXCheck {
    public static let limits = SheetLimits(maxRows: 5_000, maxColumns: 200, maxCellBytes: 100_000)
    public static let container = XLSXContainerLimits(maxTotalBytes: 16 << 20, maxEntries: 200, maxSmallPartBytes: 1 << 20)

    /// Reads every sheet of the workbook in `file` and returns the promises it saw broken.
    public static func findings(_ file: ScratchFile) -> [String] {
        var findings: [String] = []
        let names: [String?]
        do throws(ReadFailure) {
            names = try XLSXRowSource.sheets(path: file.path, container: container).map(\.name)
        } catch {
            return check(error)
        }
        for name in [nil] + names.prefix(3) {
            do {
                var source = try XLSXRowSource(path: file.path, sheet: name, limits: limits, container: container)
                var count = 0
                while let row = try source.nextRow() {
                    count += 1
                    if row.cells.isEmpty { findings.append("an empty row \(row.number) was given") }
                    let columns = row.cells.map(\.column)
                    if columns != columns.sorted() || Set(columns).count != columns.count {
                        findings.append("row \(row.number): cells out of order or repeated: \(columns)")
                    }
                    if let c = columns.last, c > limits.maxColumns { findings.append("row \(row.number): column \(c) past the limit") }
                    if row.number > limits.maxRows { findings.append("row \(row.number) past the limit") }
                    if count > limits.maxRows { findings.append("more rows than the limit"); break }
                }
            } catch let error as ReadFailure {
                findings += check(error)
            } catch {
                findings.append("an error that is not a ReadFailure: \(error)")
            }
        }
        return findings
    }

    private static func check(_ error: ReadFailure) -> [String] {
        var findings: [String] = []
        if error.diagnostics.isEmpty { findings.append("a read failure without any diagnostic") }
        if error.kind == .unreadable { findings.append("a file that exists was called unreadable: \(error.description)") }
        for d in error.diagnostics {
            let line = d.description
            if line.unicodeScalars.contains(where: ReaderCheck.isUnsafeOnTerminal) {
                findings.append("a diagnostic holds a control character: \(TerminalText.escape(line))")
            }
            if d.line < 0 || d.column < 0 { findings.append("a negative location: \(line)") }
            if d.code.isEmpty || d.message.isEmpty { findings.append("a diagnostic without code or message: \(line)") }
        }
        return findings
    }
}
