import ArgumentParser
import SocioEcoFormats

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

    @OptionGroup var arguments: ExportArguments
    @OptionGroup var day: DayOption

    func run() throws {
        try arguments.emit(HTMLReportEncoder().encode(arguments.loadAnalysed(on: day)))
    }
}
