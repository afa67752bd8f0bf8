import ArgumentParser
import SocioEcoFormats

struct ExportCSV: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "csv",
        abstract: "Write a programme as a 5W sheet in CSV, with its HXL hashtag row.",
        discussion: """
            One row per intervention and place (and per indicator and partner), every \
            column socioeco knows, then the columns an import carried. UTF-8 with a \
            byte-order mark, so Excel opens it as UTF-8; text a spreadsheet would run as \
            a formula is written with a leading ' so it is shown as text, and import \
            reads it back as it was (docs/spreadsheet-format.md).
            """
    )

    @OptionGroup var arguments: ExportArguments

    func run() throws {
        let table = FiveWExport().table(for: try arguments.load())
        try ProgrammeLoading.emit(CSVWriter().encode(table), to: arguments.output)
    }
}

struct ExportXLSX: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xlsx",
        abstract: "Write a programme as a 5W workbook (XLSX), with its HXL hashtag row."
    )

    @OptionGroup var arguments: ExportArguments

    func run() throws {
        let table = FiveWExport().table(for: try arguments.load())
        try ProgrammeLoading.emit(try SheetFiles.xlsx([table], to: arguments.output), to: arguments.output)
    }
}
