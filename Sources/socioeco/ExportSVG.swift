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
            """
    )

    @OptionGroup var arguments: ExportArguments
    @OptionGroup var day: DayOption

    func run() throws {
        try arguments.emit(RingDiagramEncoder().encode(arguments.loadAnalysed(on: day)))
    }
}
