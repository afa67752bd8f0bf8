import ArgumentParser
import SocioEcoFormats
import SocioEcoModel

struct Fmt: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Rewrite programme files in the canonical form.",
        discussion: """
            Canonical form: UTF-8, two-space indentation, attributes in the order the \
            format lists them. Files are replaced atomically; an invalid file is left \
            untouched (exit 65).

            With --check nothing is written: exit 1 if any file is not canonical, so \
            an agency can gate its own CI on it.

            Given - it reads standard input and writes the canonical form to standard \
            output: socioeco fmt - < draft.xml > clean.xml
            """
    )

    @Argument(help: "Programme files to rewrite (- to format standard input to standard output).")
    var files: [String]

    @Flag(help: "Only check: list files that are not in canonical form and exit 1 if any.")
    var check = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one programme file") }
        try ProgrammeLoading.checkStandardInputOnce(files)
    }

    func run() throws {
        var differs = false
        var failure = WorstExitStatus()
        for file in files {
            let programme: Programme
            let current: [UInt8]?
            do {
                (programme, current) = try load(file)
            } catch let code as ExitCode {
                failure.keep(code)
                continue
            }
            let canonical = ProgrammeWriter().encodeUTF8(programme)
            if file == ProgrammeLoading.standardInput && !check {
                Console.write(canonical)
                continue
            }
            if let current, canonical == current { continue }
            if check {
                differs = true
                Console.out("\(TerminalText.escape(ProgrammeLoading.displayName(file))): not in canonical form")
            } else {
                try ProgrammeLoading.emit(canonical, to: file)
                Console.out("\(TerminalText.escape(file)): rewritten")
            }
        }
        try failure.check()
        if differs { throw ExitStatus.differs }
    }

    /// The programme and the bytes it was read from; standard input is read once for both.
    private func load(_ file: String) throws -> (Programme, [UInt8]?) {
        guard file == ProgrammeLoading.standardInput else {
            return (try ProgrammeLoading.load(file), CanonicalCheck.bytes(of: file))
        }
        let reader = ProgrammeReader(options: ProgrammeReader.Options(mode: .rules), progress: ProgressLine.progress)
        let name = ProgrammeLoading.standardInputName
        do {
            let bytes = try reader.bytes(fromFileDescriptor: StandardStream.input.fileDescriptor, name: name)
            return (try reader.read(bytes, name: name), bytes)
        } catch {
            throw ProgrammeLoading.exitStatus(reporting: error)
        }
    }
}
