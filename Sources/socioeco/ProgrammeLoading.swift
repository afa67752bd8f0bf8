import ArgumentParser
import SocioEcoFormats
import SocioEcoModel

/// Reads one programme file for a command, printing its problems to standard error.
enum ProgrammeLoading {
    /// Reads without libxml2's XSD validator unless `mode` asks for it: the reader's own
    /// structure checker refuses the same files, in a fraction of the time.
    /// - Throws: `ExitStatus.missingInput` or `.invalidInput` after printing why.
    static func load(_ path: String, mode: ProgrammeReader.Mode = .rules) throws -> Programme {
        let reader = ProgrammeReader(options: ProgrammeReader.Options(mode: mode), progress: ProgressLine.progress)
        do {
            let programme = try read(path, with: reader)
            KeptUntilExit.keep(programme)
            return programme
        } catch {
            throw exitStatus(reporting: error)
        }
    }

    /// Prints a failed read's problems and gives the exit status it calls for.
    static func exitStatus(reporting failure: ReadFailure) -> ExitCode {
        report(failure)
        return failure.kind == .unreadable ? ExitStatus.missingInput : ExitStatus.invalidInput
    }

    /// What stands for standard input where a command takes a programme file.
    static let standardInput = "-"
    /// The name standard input goes by in messages.
    static let standardInputName = "<stdin>"

    /// The name a path goes by in messages and outputs: `<stdin>` for `-`.
    static func displayName(_ path: String) -> String {
        path == standardInput ? standardInputName : path
    }

    /// Reads `path`, or standard input when it is `-`.
    static func read(_ path: String, with reader: ProgrammeReader) throws(ReadFailure) -> Programme {
        path == standardInput
            ? try reader.read(fileDescriptor: StandardStream.input.fileDescriptor, name: standardInputName)
            : try reader.read(contentsOf: path)
    }

    /// Standard input can be read once; a command given `-` twice is refused before
    /// anything is read.
    static func checkStandardInputOnce(_ paths: [String]) throws {
        if paths.count(where: { $0 == standardInput }) > 1 {
            throw ValidationError("standard input (-) can be given only once")
        }
    }

    static func report(_ failure: ReadFailure) {
        for d in failure.diagnostics {
            if failure.kind == .unreadable {
                Console.err("\(TerminalText.escape(failure.file)): error: \(TerminalText.escape(d.message))")
            } else {
                Console.err(d.description)
            }
        }
    }

    /// Writes `text` atomically to `path`, or to standard output when `path` is nil or `-`.
    static func emit(_ text: String, to path: String?) throws {
        // Written from the string's own bytes: a copy into an array held a second
        // report (13 MB for 100,000 interventions) at the command's peak.
        var text = text
        try text.withUTF8 { try emit(utf8: $0, to: path) }
    }

    /// Writes `bytes` atomically to `path`, or to standard output when `path` is nil or `-`.
    static func emit(_ bytes: [UInt8], to path: String?) throws {
        try bytes.withUnsafeBufferPointer { try emit(utf8: $0, to: path) }
    }

    private static func emit(utf8 bytes: UnsafeBufferPointer<UInt8>, to path: String?) throws {
        ProgressLine.progress.enter(.writing)
        guard let path, path != "-" else {
            Console.write(UnsafeRawBufferPointer(bytes))
            return
        }
        do {
            try AtomicFile.write(bytes, to: path)
        } catch {
            Console.err("socioeco: \(TerminalText.escape(error.description))")
            throw ExitStatus.cannotCreateOutput
        }
    }
}
