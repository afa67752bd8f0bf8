import ArgumentParser
import SocioEcoFormats

struct Template: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Write an empty 5W workbook to fill in and import.",
        discussion: """
            The 5W sheet has its header and HXL hashtag rows frozen; a second sheet lists \
            the framework's levels, standards with their titles, the statuses, phases and \
            organisation types, which drop-downs on those columns offer. As CSV (-o \
            template.csv, or standard output) only the 5W sheet is written.
            """
    )

    @Option(help: "A programme file whose framework to list (default: CPMS 2019).")
    var framework: String?

    @Option(name: .shortAndLong, help: "Write to this file (.xlsx or .csv), atomically, instead of standard output.")
    var output: String?

    func run() throws {
        let fw = try framework.map { try ProgrammeLoading.load($0).framework } ?? .cpms2019
        let sheets = FiveWTemplate.sheets(framework: fw)
        try ProgrammeLoading.emit(try SheetFiles.encode(sheets, for: output), to: output)
    }
}
