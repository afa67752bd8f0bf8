import SocioEcoFormats
import SocioEcoModel

/// The reader's contract on any bytes: a model or a failure that says why, with
/// diagnostics that are safe to print on a terminal, and the same answer whether the
/// bytes come from a file or from memory. Crashes and hangs are the fuzzer's to catch;
/// this lists the broken promises it can see.
public enum ReaderCheck {
    /// Reads `file` (already holding the input) and returns the model, if any, with the
    /// promises it saw broken.
    public static func read(_ file: ScratchFile) -> (programme: Programme?, findings: [String]) {
        let result = outcome { () throws(ReadFailure) in try ProgrammeReader().read(contentsOf: file.path) }
        return (try? result.get(), promisesBroken(by: result))
    }

    /// Reads `bytes` from `file` (already holding them) and from memory: the two reads
    /// must give the same model or the same diagnostics.
    public static func readBothWays(_ bytes: [UInt8], file: ScratchFile) -> (programme: Programme?, findings: [String]) {
        let reader = ProgrammeReader()
        let fromFile = outcome { () throws(ReadFailure) in try reader.read(contentsOf: file.path) }
        let fromMemory = outcome { () throws(ReadFailure) in try reader.read(bytes, name: file.path) }
        var findings = promisesBroken(by: fromFile)
        if fromMemory != fromFile {
            findings.append("reading from memory differs from reading the file:\n\(summary(fromFile))\n---\n\(summary(fromMemory))")
        }
        return (try? fromFile.get(), findings)
    }

    static func outcome(_ read: () throws(ReadFailure) -> Programme) -> Result<Programme, ReadFailure> {
        do throws(ReadFailure) { return .success(try read()) } catch { return .failure(error) }
    }

    private static func summary(_ result: Result<Programme, ReadFailure>) -> String {
        switch result {
        case .success(let p): return "a model of \(p.interventions.count) interventions"
        case .failure(let e): return TerminalText.escape(e.description)
        }
    }

    private static func promisesBroken(by result: Result<Programme, ReadFailure>) -> [String] {
        guard case .failure(let error) = result else { return [] }
        var findings: [String] = []
        if error.diagnostics.isEmpty { findings.append("a read failure without any diagnostic") }
        if error.kind == .unreadable { findings.append("a file that exists was called unreadable: \(error.description)") }
        for d in error.diagnostics {
            let line = d.description
            if line.unicodeScalars.contains(where: isUnsafeOnTerminal) {
                findings.append("a diagnostic holds a control character: \(TerminalText.escape(line))")
            }
            if d.line < 0 || d.column < 0 { findings.append("a negative location: \(line)") }
            if d.code.isEmpty || d.message.isEmpty { findings.append("a diagnostic without code or message: \(line)") }
        }
        return findings
    }

    /// C0 (tab aside), DEL, C1, and the bidirectional overrides and isolates.
    static func isUnsafeOnTerminal(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09: return false
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
