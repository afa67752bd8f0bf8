import ArgumentParser

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a programme in another format: a diagram or a report.",
        subcommands: [ExportSVG.self, ExportHTML.self]
    )
}
