import ArgumentParser
import SocioEcoAnalysis
import SocioEcoFormats
import SocioEcoModel

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two versions of a programme.",
        discussion: """
            Lists agencies and interventions added, removed and changed (field by field, \
            matched by id), the interventions per level before and after, and the \
            coverage findings that appeared or went away.

            Formats: text (default), xml (urn:socioeco:diff:1), json.

            Exit status, like diff(1): 0 the programmes are the same; 1 they differ; \
            64 bad command line; 65 invalid input; 66 missing input.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, xml, json
    }

    @Argument(help: "The earlier version (- for standard input).")
    var old: String

    @Argument(help: "The later version (- for standard input).")
    var new: String

    @Option(help: "Output format: text, xml or json.")
    var format: Format = .text

    func validate() throws {
        try ProgrammeLoading.checkStandardInputOnce([old, new])
    }

    func run() throws {
        var loaded: [Programme] = []
        var failure = WorstExitStatus()
        for file in [old, new] {
            do {
                loaded.append(try ProgrammeLoading.load(file))
            } catch let code as ExitCode {
                failure.keep(code)
            }
        }
        try failure.check()
        // The diff analyses each version once, for the coverage before and after.
        let diff = ProgrammeDiff(old: loaded[0], new: loaded[1])
        let named = NamedDiff(diff, oldName: ProgrammeLoading.displayName(old), newName: ProgrammeLoading.displayName(new))
        switch format {
        case .text: Console.write(DiffTextEncoder().encode(named))
        case .xml: Console.write(DiffXMLEncoder().encode(named))
        case .json: Console.write(DiffJSONEncoder().encode(named))
        }
        if !diff.isEmpty { throw ExitStatus.differs }
    }
}
