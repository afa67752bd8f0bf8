import ArgumentParser
import SocioEcoFormats
import SocioEcoModel

struct Catalog: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "List the levels and standards of a framework.",
        discussion: """
            Without a file: the built-in CPMS 2019 framework (4 levels, 28 standards). \
            With a file: the framework that file uses, built in or custom. \
            Strategy standards are marked with *.
            """
    )

    @Argument(help: "A programme file whose framework to list (- for standard input).")
    var file: String?

    func run() throws {
        let framework = try file.map { try ProgrammeLoading.load($0).framework } ?? .cpms2019
        Console.write(CatalogueTextEncoder().encode(framework))
    }
}

