import ArgumentParser
import SocioEcoFormats

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print an XSD shipped with the tool: the exchange format's, or a report's.",
        discussion: """
            Other agencies can check their files with it: \
            socioeco schema > programme.xsd && xmllint --noout --schema programme.xsd FILE

            programme: the programme exchange format (the default). coverage-report: \
            what analyze --format xml writes. programme-diff: what diff --format xml writes.
            """
    )

    @Argument(help: "Which schema: programme, coverage-report or programme-diff.")
    var name: ShippedSchema = .programme

    func run() throws {
        Console.write(name.text + "\n")
    }
}

extension ShippedSchema: ExpressibleByArgument {}
