import ArgumentParser
import SocioEcoFormats

struct ExportHTML: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "html",
        abstract: "Write a one-file HTML report of a programme.",
        discussion: """
            One self-contained file (no network, fonts or scripts) with the programme's \
            context, the ring diagram, the level x strategy matrix with its gaps, the \
            findings by severity, the interventions and the agencies, the places by level \
            with the agencies working in each, and the interventions over time. Prints on A4.

            With --place ID, the report of that place: the interventions working there, \
            those at places around it and those with no place included.
            """
    )

    @OptionGroup var arguments: ExportArguments
    @OptionGroup var day: DayOption
    @OptionGroup var place: PlaceOption

    func run() throws {
        let (analysed, place) = try arguments.loadAnalysed(on: day, place: self.place)
        try arguments.emit(HTMLReportEncoder(options: .init(place: place)).encode(analysed))
    }
}
