import SocioEcoFormats
import SocioEcoModel

/// What the CSV reader and the 5W import promise on any bytes: no crash; rows in order
/// with their cells in column order and none empty, within the limits; the rows read,
/// written by `CSVWriter` and read again, are the same; an import either reports
/// problems or gives a valid programme that export and import give back unchanged.
public enum CSVCheck {
    static let limits = SheetLimits(maxRows: 2_000, maxColumns: 200, maxCellBytes: 4_096)

    public static func problems(for bytes: [UInt8]) -> [String] {
        var problems = PartnerSheetCheck.problems(for: bytes)
        guard let rows = read(bytes, into: &problems) else { return problems }
        var lastRow = 0
        for row in rows {
            if row.number <= lastRow { problems.append("row \(row.number) after row \(lastRow)") }
            lastRow = row.number
            var lastColumn = 0
            for cell in row.cells {
                if cell.column <= lastColumn { problems.append("row \(row.number): column \(cell.column) after \(lastColumn)") }
                if cell.value.text.isEmpty { problems.append("row \(row.number): an empty cell listed") }
                if cell.column > limits.maxColumns { problems.append("row \(row.number): column \(cell.column) past the limit") }
                lastColumn = cell.column
            }
        }
        let table = SheetTable(name: "t", rows: rows.map(dense))
        var again: [String] = []
        if let back = read(CSVWriter().encode(table), into: &again) {
            if back.map(dense) != rows.map(dense) { problems.append("rows written and read again differ") }
        } else {
            problems.append("rows written could not be read again: \(again)")
        }
        var source = CSVRowSource(bytes: bytes, name: "fuzz.csv", limits: limits)
        guard let outcome = try? FiveWImport(options: .init(programmeID: "p", title: "T")).run(&source),
              let programme = outcome.programme else { return problems }
        if !programme.problems().isEmpty { problems.append("the import gave an invalid programme: \(programme.problems())") }
        var exported = CSVRowSource(bytes: CSVWriter().encode(FiveWExport().table(for: programme)), name: "export.csv")
        let back = try? FiveWImport(options: .init(programmeID: "p", title: "T")).run(&exported)
        if back?.programme != programme { problems.append("export then import changed the programme: \(back?.diagnostics ?? [])") }
        return problems
    }

    static func read(_ bytes: [UInt8], into problems: inout [String]) -> [SheetRow]? {
        var source = CSVRowSource(bytes: bytes, name: "fuzz.csv", limits: limits)
        var rows: [SheetRow] = []
        do {
            while let row = try source.nextRow() { rows.append(row) }
        } catch let failure as ReadFailure {
            if failure.diagnostics.isEmpty || failure.kind != .invalid { problems.append("a refusal without a located reason") }
            return nil
        } catch {
            problems.append("an error that is not a ReadFailure: \(error)")
            return nil
        }
        return rows
    }

    /// The row's cells laid out from column 1, empty where it has none.
    static func dense(_ row: SheetRow) -> [String] {
        var out = Array(repeating: "", count: row.cells.last?.column ?? 0)
        for cell in row.cells { out[cell.column - 1] = cell.value.text }
        return out
    }
}
