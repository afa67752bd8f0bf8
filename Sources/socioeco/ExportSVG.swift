import ArgumentParser
import SocioEcoFormats
import SocioEcoModel

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

    @Argument(help: "The programme file.")
    var file: String

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func run() throws {
        let programme = try ProgrammeLoading.load(file)
        try ProgrammeLoading.emit(RingDiagramEncoder().encode(programme), to: output)
    }
}
