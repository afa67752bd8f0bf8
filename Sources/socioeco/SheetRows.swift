import ArgumentParser
import SocioEcoFormats

/// Reads a workbook's sheet to its end and prints how many rows and cells it has: what
/// the benchmark and the hostile-workbook tests time, before `import` builds a model.
struct SheetRows: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sheet-rows",
        abstract: "Count the rows of a sheet of an .xlsx workbook.",
        shouldDisplay: false
    )

    @Argument(help: "An .xlsx workbook.")
    var file: String

    @Option(help: "The sheet to read (default: the first visible one).")
    var sheet: String?

    func run() throws {
        do {
            var source = try XLSXRowSource(path: file, sheet: sheet)
            var rows = 0, cells = 0
            while let row = try source.nextRow() {
                rows += 1
                cells += row.cells.count
            }
            Console.out("\(rows) rows, \(cells) cells")
        } catch let failure as ReadFailure {
            for d in failure.diagnostics { Console.err(d.description) }
            throw failure.kind == .unreadable ? ExitStatus.missingInput : ExitStatus.invalidInput
        }
    }
}
