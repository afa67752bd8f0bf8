import ArgumentParser
import SocioEcoFormats
import SocioEcoModel

struct Validate: ParsableCommand, QuietOption {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check programme files against the format and its rules.",
        discussion: """
            Every problem is printed to standard error as FILE:LINE:COLUMN: error: MESSAGE, \
            and a one-line summary per file to standard output.

            The structure checker built into socioeco enforces what Schemas/programme.xsd \
            says; --xsd also runs libxml2's XSD validator on each file as a second opinion, \
            which takes about half as long again.

            Exit status: 0 when every file is valid, 65 when any is invalid, 66 when any \
            is missing or unreadable (66 wins when both happen).
            """
    )

    @Argument(help: "Programme files to check (- for standard input).")
    var files: [String]

    @Flag(name: .shortAndLong, help: "Print only the problems, no summary lines.")
    var quiet = false

    @Flag(help: "Also check each file with libxml2's XSD validator (a second opinion; slower).")
    var xsd = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one programme file") }
        try ProgrammeLoading.checkStandardInputOnce(files)
    }

    func run() throws {
        let reader = ProgrammeReader(options: ProgrammeReader.Options(mode: xsd ? .schemaAndRules : .rules), progress: ProgressLine.progress)
        var failure = WorstExitStatus()
        for file in files {
            let name = TerminalText.escape(ProgrammeLoading.displayName(file))
            do {
                let programme = try ProgrammeLoading.read(file, with: reader)
                if !quiet {
                    Console.out("\(name): valid, \(count(programme.interventions.count, "intervention")), \(count(programme.agencies.count, "agency", "agencies")), framework \(TerminalText.escape(programme.framework.displayID))")
                }
            } catch {
                ProgrammeLoading.report(error)
                switch error.kind {
                case .unreadable:
                    failure.keep(ExitStatus.missingInput)
                    if !quiet { Console.out("\(name): unreadable") }
                case .invalid:
                    failure.keep(ExitStatus.invalidInput)
                    if !quiet { Console.out("\(name): invalid, \(count(error.diagnostics.count, "problem"))") }
                }
            }
        }
        try failure.check()
    }
}

func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
}
