import ArgumentParser
import SocioEcoFormats
import SocioEcoModel

struct ExportHTML: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "html",
        abstract: "Write a one-file HTML report of a programme.",
        discussion: """
            One self-contained file (no network, fonts or scripts) with the programme's \
            context, the ring diagram, the level x strategy matrix with its gaps, the \
            findings by severity, the interventions and the agencies. Prints on A4.
            """
    )

    @Argument(help: "The programme file.")
    var file: String

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func run() throws {
        let programme = try ProgrammeLoading.load(file)
        try ProgrammeLoading.emit(HTMLReportEncoder().encode(programme), to: output)
    }
}
