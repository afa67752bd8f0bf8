import ArgumentParser
import SocioEcoFormats
import SocioEcoModel

struct Fmt: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rewrite programme files in the canonical form.",
        discussion: """
            Canonical form: UTF-8, two-space indentation, attributes in the order the \
            format lists them. Files are replaced atomically; an invalid file is left \
            untouched (exit 65).

            With --check nothing is written: exit 1 if any file is not canonical, so \
            an agency can gate its own CI on it.
            """
    )

    @Argument(help: "Programme files to rewrite.")
    var files: [String]

    @Flag(help: "Only check: list files that are not in canonical form and exit 1 if any.")
    var check = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one programme file") }
    }

    func run() throws {
        var differs = false
        var failure: ExitCode?
        for file in files {
            let programme: Programme
            do {
                programme = try ProgrammeLoading.load(file, mode: .schemaAndRules)
            } catch let code as ExitCode {
                if failure == nil || code == ExitStatus.missingInput { failure = code }
                continue
            }
            let canonical = ProgrammeWriter().data(for: programme)
            let current = CanonicalCheck.bytes(of: file)
            if current == canonical { continue }
            if check {
                differs = true
                Console.out("\(TerminalText.escape(file)): not in canonical form")
            } else {
                try ProgrammeLoading.emit(canonical, to: file)
                Console.out("\(TerminalText.escape(file)): rewritten")
            }
        }
        if let failure { throw failure }
        if differs { throw ExitStatus.differs }
    }
}
