import ArgumentParser
import SocioEcoFormats

struct ExportGraphML: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graphml",
        abstract: "Write a programme as a GraphML graph (for yEd, Gephi, Cytoscape).",
        discussion: """
            Nodes are the levels, standards, agencies, places and interventions, each \
            with its kind, level(s) and title as data (places their pcode and admin \
            level, interventions their dates); edges carry their kind: works-at, \
            implements, depends-on, led-by, partner, works-in (an intervention's place), \
            inside (a place's parent).
            """
    )

    @OptionGroup var arguments: ExportArguments

    func run() throws {
        try arguments.emit(GraphMLEncoder().encode(arguments.loadAnalysed()))
    }
}
