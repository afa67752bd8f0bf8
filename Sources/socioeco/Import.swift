import ArgumentParser
import SocioEcoFormats
import SocioEcoModel

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read a 5W spreadsheet (CSV or XLSX) into a programme file.",
        discussion: """
            The sheet has one header row, an optional HXL hashtag row, then one row per \
            intervention and place; columns are found by hashtag, or by their English or \
            French header (docs/spreadsheet-format.md). Rows with the same intervention \
            id are one intervention. Columns the model has no place for are kept on each \
            intervention and given back by export csv.

            A workbook sent as partners wrote it: --map tags its columns from a table of \
            headers and hashtags, --where keeps the rows of one cluster, --key names the \
            columns that identify an intervention, and --skip-incomplete leaves out (and \
            lists) rows that lack a key or levels. --inspect shows what the import would \
            make of each column, and writes nothing.

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

    @Option(help: "A CSV table of activity codes: code, levels, standards[, title]; its first column may name another column to match, such as #activity+id.")
    var codes: String?

    @Option(help: ArgumentHelp("A CSV table 'header,hashtag' tagging the sheet's columns by their header's first line.", valueName: "file"))
    var map: String?

    @Option(name: .customLong("where"), help: ArgumentHelp("Read only rows whose cell in that column equals the value (repeatable; all must hold).", valueName: "#hashtag=value"))
    var filters: [String] = []

    @Option(help: ArgumentHelp("The columns that identify an intervention (default: #activity+id).", valueName: "#hashtag[,#hashtag...]"))
    var key: String?

    @Flag(help: "Leave out rows that lack a key cell, and interventions without levels, listing them instead of failing.")
    var skipIncomplete = false

    @Flag(help: "Show the sheet chosen, each column's hashtag and meaning, the rows and the first problems; write nothing.")
    var inspect = false

    @Option(help: "The programme's id (default: made from the file's name).")
    var id: String?

    @Option(help: "The programme's title (default: the file's name).")
    var title: String?

    @Option(help: "A programme file whose framework the sheet's levels and standards refer to (default: CPMS 2019).")
    var framework: String?

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func validate() throws {
        for f in filters where FiveWImport.Filter(f) == nil {
            throw ValidationError("--where '\(f)' is not '#hashtag=value', such as \"#sector+cluster=Child Protection\"")
        }
        if let key { _ = try Self.keyHashtags(key) }
        if inspect, output != nil { throw ValidationError("--inspect writes nothing; leave out -o") }
        if let id, let refusal = IdentifierRule.refusal(of: id, naming: "--id") { throw ValidationError(refusal) }
        if let title, TitleRule.isBlank(title) { throw ValidationError("--title must not be blank") }
    }

    func run() throws {
        let fw = try framework.map { try ProgrammeLoading.load($0).framework } ?? .cpms2019
        if file == ProgrammeLoading.standardInput && codes == ProgrammeLoading.standardInput {
            Console.err("socioeco: the sheet and --codes cannot both come from standard input")
            throw ExitStatus.usage
        }
        if map == ProgrammeLoading.standardInput && (file == ProgrammeLoading.standardInput || codes == ProgrammeLoading.standardInput) {
            Console.err("socioeco: only one of the sheet, --codes and --map can come from standard input")
            throw ExitStatus.usage
        }
        var headerMap: SheetHeaderMap?
        if let map {
            var source = try SheetFiles.open(map, sheet: nil)
            do { headerMap = try SheetHeaderMap(reading: &source) } catch let failure as ReadFailure {
                throw ProgrammeLoading.exitStatus(reporting: failure)
            }
        }
        var table: ActivityCodeTable?
        if let codes {
            var source = try SheetFiles.open(codes, sheet: nil)
            do { table = try ActivityCodeTable(reading: &source, map: headerMap) } catch let failure as ReadFailure {
                throw ProgrammeLoading.exitStatus(reporting: failure)
            }
        }
        // The sheet is parsed on one core while its rows become the programme on the other.
        var source = ReadAheadRowSource(try SheetFiles.open(file, sheet: sheet))
        let stem = Self.stem(of: file)
        var options = FiveWImport.Options(programmeID: Programme.ID(id ?? SheetWords.slug(stem, fallback: "programme")),
                                          title: title ?? stem, framework: fw, codes: table, map: headerMap,
                                          filters: filters.compactMap(FiveWImport.Filter.init), key: try key.map(Self.keyHashtags),
                                          skipIncomplete: skipIncomplete)
        options.idIsExplicit = id != nil
        options.titleIsExplicit = title != nil
        let outcome: FiveWImport.Outcome
        do { outcome = try FiveWImport(options: options).run(&source) } catch let failure as ReadFailure {
            throw ProgrammeLoading.exitStatus(reporting: failure)
        }
        if inspect {
            Console.out(ImportInspection(file: file, outcome: outcome).text)
            return
        }
        for d in outcome.diagnostics + outcome.skipped { Console.err(d.description) }
        if outcome.skippedCount > outcome.skipped.count {
            Console.err("socioeco: \(outcome.skippedCount - outcome.skipped.count) more rows left out by --skip-incomplete, not listed")
        }
        // A workbook read as partners sent it ends with what became of its rows.
        if map != nil || !filters.isEmpty || key != nil || skipIncomplete {
            Console.err(ImportInspection(file: file, outcome: outcome).summary)
        }
        guard let programme = outcome.programme else { throw ExitStatus.invalidInput }
        KeptUntilExit.keep(outcome)
        try ProgrammeLoading.emit(ProgrammeWriter().encodeUTF8(programme), to: output)
    }

    /// `--key`'s hashtags, separated by `,`.
    static func keyHashtags(_ text: String) throws -> [HXLHashtag] {
        let parts = text.split(separator: ",")
        if parts.isEmpty { throw ValidationError("--key names no column; give a hashtag such as '#activity+id'") }
        return try parts.map { part in
            guard let tag = HXLHashtag(String(part)) else {
                throw ValidationError("--key '\(text)' is not a list of hashtags, such as '#activity+id' or '#activity+id,#org+acronym'")
            }
            return tag
        }
    }

    /// The file's name without its folder and extension.
    static func stem(of path: String) -> String {
        if path == ProgrammeLoading.standardInput { return "5W" }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
