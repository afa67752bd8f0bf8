import ArgumentParser
import SocioEcoFormats
import SocioEcoModel

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

    @Argument(help: "The programme file.")
    var file: String

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func run() throws {
        let programme = try ProgrammeLoading.load(file)
        try ProgrammeLoading.emit(GraphMLEncoder().document(for: programme), to: output)
    }
}
