import ArgumentParser

@main
struct SocioEcoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "socioeco",
        abstract: "Design and check child protection programmes with the socio-ecological model.",
        discussion: """
            A programme file lists the interventions of a child protection response, the \
            levels of the socio-ecological model each one works at (child, family, \
            community, society) and the CPMS 2019 standards it puts into practice.

            Exit status: 0 success, 1 a check found a difference (fmt --check, diff) or analyze --strict found an error, \
            64 bad command line, 65 invalid input file, 66 missing or unreadable input, \
            73 cannot write output.
            """,
        version: "0.1.0",
        // Every subcommand gives its commandName: without it ArgumentParser derives the
        // name from the type with String(describing:) on every run, and those runtime
        // conformance lookups cost more than analysing a small programme.
        subcommands: [Validate.self, Catalog.self, Schema.self, Fmt.self, Analyze.self, Suggest.self, Export.self, Merge.self, Diff.self, Import.self, Template.self, Serve.self]
    )

    /// As `AsyncParsableCommand.main()`, with the progress line started once the command
    /// line is known: a command given `--quiet` never shows it. `serve` runs async; the
    /// others as before.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if (command as? QuietOption)?.quiet != true { ProgressLine.start() }
            if let found = command as? AsyncParsableCommand {
                // The command is parsed here and run here only: nothing else holds it.
                nonisolated(unsafe) var asyncCommand = found
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}

/// A command with a `--quiet` flag, which also keeps the progress line away.
protocol QuietOption {
    var quiet: Bool { get }
}
