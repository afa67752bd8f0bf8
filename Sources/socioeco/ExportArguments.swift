import ArgumentParser
import SocioEcoAnalysis
import SocioEcoModel

/// The input file and the optional output every `export` subcommand takes, with the
/// reading and the atomic writing they share.
struct ExportArguments: ParsableArguments {
    @Argument(help: "The programme file (- for standard input).")
    var file: String

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    /// Reads the programme, printing its problems and exiting with the right status if
    /// it cannot be used.
    func load() throws -> Programme {
        try ProgrammeLoading.load(file)
    }

    /// Reads the programme (as `load()`) and analyses it, once, for the encoder: on one
    /// day when `--on` gives one.
    func loadAnalysed(on day: DayOption? = nil) throws -> AnalysedProgramme {
        let programme = try load()
        return day?.analysed(programme) ?? AnalysedProgramme(programme)
    }

    /// Reads the programme, restricts it to the place `--place` names, if any, and
    /// analyses what is left (on one day when `--on` gives one).
    func loadAnalysed(on day: DayOption, place: PlaceOption) throws -> (analysed: AnalysedProgramme, place: Place?) {
        let restricted = try place.restrict(load(), file: file)
        return (day.analysed(restricted.programme), restricted.place)
    }

    func emit(_ text: String) throws {
        try ProgrammeLoading.emit(text, to: output)
    }
}
