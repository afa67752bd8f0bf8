import ArgumentParser
import SocioEcoFormats
import SocioEcoModel

struct Merge: ParsableCommand, QuietOption {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge the programme files of several agencies into one coordination model.",
        discussion: """
            Every intervention of every file is kept, with its origin recorded as \
            origin:programme and origin:file attributes (namespace urn:socioeco:origin:1). \
            An id already taken by an earlier file becomes PROGRAMME.ID and refs are \
            rewritten; agencies with one id are one agency when name, type and local \
            agree, otherwise the later one is added under a new id. Each rename and \
            conflict is reported on standard error. Merging the same programme twice \
            keeps both copies and warns. All files must use the same framework.

            Exit status: 0 success; 64 bad command line; 65 invalid input or files of \
            different frameworks; 66 missing input; 73 cannot write the output.
            """
    )

    @Argument(help: "The programme files to merge, in order; the first keeps its ids (- for standard input).")
    var files: [String]

    @Option(name: .shortAndLong, help: "Write the joint programme to this file (atomically); - for standard output.")
    var output: String

    @Option(help: "Id of the joint programme.")
    var id: String = "joint"

    @Option(help: "Title of the joint programme (default: one naming the merged programmes).")
    var title: String?

    @Flag(name: .shortAndLong, help: "Report only conflicts, not renames.")
    var quiet = false

    func validate() throws {
        if files.count < 2 { throw ValidationError("name at least two programme files to merge") }
        try ProgrammeLoading.checkStandardInputOnce(files)
        if let refusal = IdentifierRule.refusal(of: id, naming: "--id") { throw ValidationError(refusal) }
        if let title, TitleRule.isBlank(title) {
            throw ValidationError("--title needs at least one character that is not whitespace")
        }
    }

    func run() throws {
        var inputs: [ProgrammeMerger.Input] = []
        var failure = WorstExitStatus()
        for file in files {
            do {
                inputs.append(ProgrammeMerger.Input(programme: try ProgrammeLoading.load(file), source: ProgrammeLoading.displayName(file)))
            } catch let code as ExitCode {
                failure.keep(code)
            }
        }
        try failure.check()
        let result: ProgrammeMerger.Result
        do {
            result = try ProgrammeMerger(id: Programme.ID(id), title: title).merge(inputs)
        } catch {
            Console.err("socioeco: error: \(TerminalText.escape(error.description))")
            throw ExitStatus.invalidInput
        }
        let problems = result.programme.problems()
        if !problems.isEmpty {
            for p in problems { Console.err("socioeco: internal error: the joint programme breaks a rule: \(TerminalText.escape(p.message))") }
            throw ExitStatus.internalError
        }
        var renames = 0
        for note in result.notes {
            if !note.kind.isWarning {
                renames += 1
                if quiet { continue }
            }
            let level = note.kind.isWarning ? "warning" : "note"
            Console.err("\(TerminalText.escape(note.source)): \(level): \(TerminalText.escape(note.message)) [\(note.kind.rawValue)]")
        }
        try ProgrammeLoading.emit(ProgrammeWriter().encodeUTF8(result.programme), to: output)
        if output != "-" {
            let p = result.programme
            Console.out("\(TerminalText.escape(output)): \(count(p.interventions.count, "intervention")) from \(count(inputs.count, "file")), \(count(p.agencies.count, "agency", "agencies")), \(p.places.isEmpty ? "" : count(p.places.count, "place") + ", ")\(count(renames, "id renamed", "ids renamed")), \(count(result.notes.count - renames, "warning"))")
        }
    }
}
