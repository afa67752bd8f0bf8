import ArgumentParser
import SocioEcoFormats

struct ExportGraphML: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graphml",
        abstract: "Write a programme as a GraphML graph (for yEd, Gephi, Cytoscape).",
        discussion: """
            Nodes are the levels, standards, agencies and interventions, each with its \
            kind, level(s) and title as data; edges carry their kind: works-at, \
            implements, depends-on, led-by, partner.
            """
    )

    @OptionGroup var arguments: ExportArguments

    func run() throws {
        try arguments.emit(GraphMLEncoder().encode(arguments.loadAnalysed()))
    }
}
