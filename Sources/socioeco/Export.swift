import ArgumentParser

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a programme in another format: a diagram, a report, a graph or a 5W sheet.",
        discussion: """
            Each subcommand reads one programme file and writes to standard output, or \
            atomically to the file given with -o.

            Exit status: 0 success, 65 invalid input file, 66 missing or unreadable input, \
            73 cannot write output.
            """,
        subcommands: [ExportHTML.self, ExportSVG.self, ExportDOT.self, ExportGraphML.self, ExportCSV.self, ExportXLSX.self]
    )
}
