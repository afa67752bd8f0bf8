import ArgumentParser
import SocioEcoFormats

struct ExportSVG: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "svg",
        abstract: "Draw the socio-ecological diagram of a programme as SVG.",
        discussion: """
            Concentric rings, the innermost level (the child) at the centre; each \
            intervention is a mark in every ring it works at, coloured by its strategy \
            standard (grey ring: no strategy). A level with no intervention is hatched and \
            labelled "no intervention". Marks that do not fit in a ring are counted as "+N more".

            With --place ID, the rings of that place: the interventions working there, \
            those at places around it and those with no place included, the title naming it.
            """
    )

    @OptionGroup var arguments: ExportArguments
    @OptionGroup var day: DayOption
    @OptionGroup var place: PlaceOption

    func run() throws {
        let (analysed, place) = try arguments.loadAnalysed(on: day, place: self.place)
        try arguments.emit(RingDiagramEncoder(options: .init(place: place)).encode(analysed))
    }
}
