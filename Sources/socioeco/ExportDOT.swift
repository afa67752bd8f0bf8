import ArgumentParser
import SocioEcoAnalysis
import SocioEcoFormats
import SocioEcoModel

struct ExportDOT: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dot",
        abstract: "Write the socio-ecological model of a programme as a GraphViz DOT diagram.",
        discussion: """
            The levels are drawn as nested boxes (society around community around \
            family around the child), each intervention inside the innermost level it \
            works at, and the strategy standards beside them with one colour per \
            strategy. A level with no intervention is dashed and red; a strategy \
            standard no intervention implements is grey and dashed.

            Views: strategies (the default), full (also the risk and sector \
            standards), summary (one node per level and strategy, edges counting \
            interventions; chosen automatically above \(DOTEncoder.Options.summaryThreshold) \
            interventions unless --view is given), places (one cluster per innermost \
            place holding the interventions working there, by level, its holes dashed \
            and red; one node per place with its counts per level above \
            \(DOTEncoder.Options.placeClusterLimit) innermost places or \
            \(DOTEncoder.Options.placePairLimit) intervention-place pairs).

            Render with GraphViz: socioeco export dot FILE | dot -Tsvg -o FILE.svg
            """
    )

    @OptionGroup var arguments: ExportArguments
    @OptionGroup var day: DayOption

    @Option(help: "What to draw; default strategies, or summary above \(DOTEncoder.Options.summaryThreshold) interventions.")
    var view: DOTEncoder.Options.View?

    func run() throws {
        let analysed = try arguments.loadAnalysed(on: day)
        let options = view.map { DOTEncoder.Options(view: $0) } ?? .automatic(for: analysed.programme)
        try arguments.emit(DOTEncoder(options: options).encode(analysed))
    }
}

extension DOTEncoder.Options.View: ExpressibleByArgument {}
