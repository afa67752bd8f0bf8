import ArgumentParser
import SocioEcoFormats
import SocioEcoModel

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read a 5W spreadsheet (CSV or XLSX) into a programme file.",
        discussion: """
            The sheet has one header row, an optional HXL hashtag row, then one row per \
            intervention and place; columns are found by hashtag, or by their English or \
            French header (docs/spreadsheet-format.md). Rows with the same intervention \
            id are one intervention. Columns the model has no place for are kept on each \
            intervention and given back by export csv.

            Writes the programme in canonical form to standard output, or atomically to -o. \
            Any problem is reported at its cell (5w.csv:14:4) and nothing is written.

            Exit status: 0 success, 64 bad command line, 65 a problem in the sheet or the \
            codes table, 66 missing or unreadable input, 73 cannot write output.
            """
    )

    @Argument(help: "The 5W sheet: a .csv (comma, semicolon or tab separated) or .xlsx file; - reads CSV from standard input.")
    var file: String

    @Option(help: "The sheet of an XLSX workbook to read (default: the first visible one).")
    var sheet: String?

    @Option(help: "A CSV table of activity codes: code, levels, standards[, title].")
    var codes: String?

    @Option(help: "The programme's id (default: made from the file's name).")
    var id: String?

    @Option(help: "The programme's title (default: the file's name).")
    var title: String?

    @Option(help: "A programme file whose framework the sheet's levels and standards refer to (default: CPMS 2019).")
    var framework: String?

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func validate() throws {
        if let id, let refusal = IdentifierRule.refusal(of: id, naming: "--id") { throw ValidationError(refusal) }
        if let title, TitleRule.isBlank(title) { throw ValidationError("--title must not be blank") }
    }

    func run() throws {
        let fw = try framework.map { try ProgrammeLoading.load($0).framework } ?? .cpms2019
        if file == ProgrammeLoading.standardInput && codes == ProgrammeLoading.standardInput {
            Console.err("socioeco: the sheet and --codes cannot both come from standard input")
            throw ExitStatus.usage
        }
        var table: ActivityCodeTable?
        if let codes {
            var source = try SheetFiles.open(codes, sheet: nil)
            do { table = try ActivityCodeTable(reading: &source) } catch let failure as ReadFailure {
                throw ProgrammeLoading.exitStatus(reporting: failure)
            }
        }
        var source = try SheetFiles.open(file, sheet: sheet)
        let stem = Self.stem(of: file)
        var options = FiveWImport.Options(programmeID: Programme.ID(id ?? SheetWords.slug(stem, fallback: "programme")),
                                          title: title ?? stem, framework: fw, codes: table)
        options.idIsExplicit = id != nil
        options.titleIsExplicit = title != nil
        let outcome: FiveWImport.Outcome
        do { outcome = try FiveWImport(options: options).run(&source) } catch let failure as ReadFailure {
            throw ProgrammeLoading.exitStatus(reporting: failure)
        }
        for d in outcome.diagnostics { Console.err(d.description) }
        guard let programme = outcome.programme else { throw ExitStatus.invalidInput }
        try ProgrammeLoading.emit(ProgrammeWriter().encode(programme), to: output)
    }

    /// The file's name without its folder and extension.
    static func stem(of path: String) -> String {
        if path == ProgrammeLoading.standardInput { return "5W" }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
