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

    /// Reads `bytes` from `file` (already holding them) and from memory, in both reading
    /// modes: the two reads of a mode must give the same model or the same diagnostics,
    /// and the two modes (libxml2's streaming reader with its XSD validator, and its SAX2
    /// parser without) the same model or the same diagnostics.
    public static func readBothWays(_ bytes: [UInt8], file: ScratchFile) -> (programme: Programme?, findings: [String]) {
        let reader = ProgrammeReader()
        let fromFile = outcome { () throws(ReadFailure) in try reader.read(contentsOf: file.path) }
        let fromMemory = outcome { () throws(ReadFailure) in try reader.read(bytes, name: file.path) }
        var findings = promisesBroken(by: fromFile)
        if fromMemory != fromFile {
            findings.append("reading from memory differs from reading the file:\n\(summary(fromFile))\n---\n\(summary(fromMemory))")
        }
        let rules = ProgrammeReader(options: .init(mode: .rules))
        let rulesFromFile = outcome { () throws(ReadFailure) in try rules.read(contentsOf: file.path) }
        let rulesFromMemory = outcome { () throws(ReadFailure) in try rules.read(bytes, name: file.path) }
        findings += promisesBroken(by: rulesFromFile)
        if rulesFromMemory != rulesFromFile {
            findings.append("without the XSD, reading from memory differs from reading the file:\n\(summary(rulesFromFile))\n---\n\(summary(rulesFromMemory))")
        }
        if !agree(withXSD: fromFile, without: rulesFromFile) {
            findings.append("the two reading modes differ:\n\(summary(fromFile))\n---\n\(summary(rulesFromFile))")
        }
        return (try? fromFile.get(), findings)
    }

    /// Whether the two modes agree: the same model, or both a failure with the same
    /// diagnostics, but for the XSD validator's own, which the mode with it may add (it
    /// sees elements the parser had met before a well-formedness error stopped the read).
    static func agree(withXSD: Result<Programme, ReadFailure>, without: Result<Programme, ReadFailure>) -> Bool {
        switch (withXSD, without) {
        case (.success(let a), .success(let b)):
            return a == b
        case (.failure(let a), .failure(let b)):
            guard a.kind == b.kind else { return false }
            // Past a well-formedness error the modes agree on the parser's errors; of the
            // nodes just before it, the streaming reader hands out fewer than the SAX2
            // parser makes, so the problems found in them may differ.
            let parserErrors = { (d: [Diagnostic]) in d.filter { $0.code == "xml" } }
            if !parserErrors(b.diagnostics).isEmpty { return parserErrors(a.diagnostics) == parserErrors(b.diagnostics) }
            var extra = a.diagnostics[...]
            for d in b.diagnostics {
                guard let i = extra.firstIndex(of: d) else { return false }
                extra.remove(at: i)
            }
            return extra.allSatisfy { $0.code == "schema" }
        default:
            return false
        }
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
