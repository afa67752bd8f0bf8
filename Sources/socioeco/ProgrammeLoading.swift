import ArgumentParser
import SocioEcoFormats
import SocioEcoModel

/// Reads one programme file for a command, printing its problems to standard error.
enum ProgrammeLoading {
    /// Reads without libxml2's XSD validator unless `mode` asks for it: the reader's own
    /// structure checker refuses the same files, in a fraction of the time.
    /// - Throws: `ExitStatus.missingInput` or `.invalidInput` after printing why.
    static func load(_ path: String, mode: ProgrammeReader.Mode = .rules) throws -> Programme {
        let reader = ProgrammeReader(options: ProgrammeReader.Options(mode: mode))
        do {
            return try reader.read(contentsOf: path)
        } catch {
            report(error)
            throw error.kind == .unreadable ? ExitStatus.missingInput : ExitStatus.invalidInput
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
        try emit(Array(text.utf8), to: path)
    }

    /// Writes `bytes` atomically to `path`, or to standard output when `path` is nil or `-`.
    static func emit(_ bytes: [UInt8], to path: String?) throws {
        guard let path, path != "-" else {
            Console.write(bytes)
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
