import ArgumentParser
import SocioEcoFormats

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the XSD of the programme exchange format.",
        discussion: """
            Other agencies can check their files with it: \
            socioeco schema > programme.xsd && xmllint --noout --schema programme.xsd FILE
            """
    )

    func run() throws {
        Console.write(ProgrammeSchema.text + "\n")
    }
}
