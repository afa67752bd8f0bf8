import ArgumentParser
import SocioEcoAnalysis
import SocioEcoFormats
import SocioEcoModel

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Show how a programme covers the levels of the socio-ecological model.",
        discussion: """
            Prints, per level, the interventions at it; the coverage matrix of levels by \
            strategy standards with its empty cells; phases, risks, reach and local \
            leadership; and findings, each with a stable code and a severity (error, \
            warning, info). An uncovered level is an error.

            Formats: text (default; coloured only on a terminal with NO_COLOR unset), \
            xml (the coverage report, urn:socioeco:coverage-report:1), json.

            With --on DATE, only the interventions running that day count (an \
            intervention without dates always runs).

            Exit status: 0 success; 1 with --strict when there is an error finding; \
            64 usage (a malformed --on date); 65 invalid input; 66 missing input; 73 cannot write the output.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, xml, json
    }

    @Argument(help: "The programme file to analyse (- for standard input).")
    var file: String

    @Option(help: "Output format: text, xml or json.")
    var format: Format = .text

    @Option(name: .shortAndLong, help: "Write the report to this file (atomically) instead of standard output.")
    var output: String?

    @OptionGroup var day: DayOption

    @Flag(help: "Exit 1 when any finding has error severity (an uncovered level).")
    var strict = false

    /// `--strict` failed: the report was written and holds an error finding.
    static let errorFindings = ExitCode(1)

    func run() throws {
        // Analysed once; every format reports this one analysis.
        let analysed = day.analysed(try ProgrammeLoading.load(file))
        let toTerminal = output == nil || output == "-"
        switch format {
        case .text:
            let options = CoverageReportTextEncoder.Options(colour: toTerminal && Console.colourOnStdout)
            try ProgrammeLoading.emit(CoverageReportTextEncoder(options: options).encode(analysed), to: output)
        case .xml:
            try ProgrammeLoading.emit(CoverageReportXMLEncoder().encodeUTF8(analysed), to: output)
        case .json:
            try ProgrammeLoading.emit(CoverageReportJSONEncoder().encode(analysed), to: output)
        }
        if strict && analysed.analysis.errorCount > 0 { throw Self.errorFindings }
    }
}
