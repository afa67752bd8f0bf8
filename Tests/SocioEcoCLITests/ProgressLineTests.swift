import Foundation
import SocioEcoTestSupport
import Testing

/// The progress line of long work: drawn on a terminal (a pseudo-terminal made by
/// `script`) and cleared at the end; never in a pipe, under CI, with NO_COLOR or after
/// `--quiet`. The second's wait is shortened to nothing so a file of seconds' work is
/// not needed.
@Suite("Progress on long work", .serialized)
struct ProgressLineTests {
    static let erase = "\r\u{1B}[K"

    /// A programme of some thousands of interventions, long enough to read that the line
    /// is drawn at least once.
    static let programme: String = {
        let dir = Paths.temporaryDirectory()
        let path = dir.appendingPathComponent("large.xml").path
        let script = Paths.packageRoot.appendingPathComponent("scripts/generate-programme.py").path
        let made = try? run("/usr/bin/env", ["python3", script, "20000"])
        _ = FileManager.default.createFile(atPath: path, contents: Data((made?.stdout ?? "").utf8))
        return path
    }()

    /// Runs `command` with standard error on a pseudo-terminal; returns what the terminal
    /// received and the exit status. `unset` names variables taken out of the environment.
    func onTerminal(_ command: String, environment: [String: String] = [:], unset: [String] = ["CI", "NO_COLOR"]) throws -> RunResult {
        var words = ["-u", "SOCIOECO_PROGRESS_AFTER_MS"]
        for name in unset { words += ["-u", name] }
        words += ["SOCIOECO_PROGRESS_AFTER_MS=0"] + environment.map { "\($0.key)=\($0.value)" }
        words += ["script", "-qec", command, "/dev/null"]
        return try run("/usr/bin/env", words)
    }

    /// Whether the last line drawn was erased afterwards: the terminal is left as it was.
    static func clearedAtTheEnd(_ output: String) -> Bool {
        guard let last = output.range(of: "\rsocioeco: ", options: .backwards) else { return true }
        return output[last.upperBound...].contains(erase)
    }

    func quoted(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    @Test("On a terminal: bytes read of the total, then the phase, cleared at the end")
    func drawnAndCleared() throws {
        let out = Paths.temporaryDirectory().appendingPathComponent("report.xml").path
        let r = try onTerminal("\(quoted(Paths.binary)) analyze --format xml \(quoted(Self.programme)) -o \(quoted(out))")
        #expect(r.status == 0, "\(r.stdout)")
        #expect(r.stdout.contains("socioeco: "), "\(r.stdout.debugDescription)")
        let size = (try FileManager.default.attributesOfItem(atPath: Self.programme)[.size] as? Int) ?? 0
        let total = "\((size + 50_000) / 100_000 / 10).\((size + 50_000) / 100_000 % 10) MB read, "
        #expect(r.stdout.contains(" of " + total), "\(r.stdout.debugDescription)")
        #expect(["reading", "checking the rules", "analysing", "writing"].contains { r.stdout.contains(total + $0) })
        #expect(Self.clearedAtTheEnd(r.stdout), "\(r.stdout.suffix(80).debugDescription)")
        #expect(FileManager.default.fileExists(atPath: out))
    }

    @Test("A problem printed meanwhile stands on a line of its own")
    func problemsClearTheLineFirst() throws {
        let broken = Paths.temporaryDirectory().appendingPathComponent("broken.xml").path
        var text = try String(contentsOfFile: Self.programme, encoding: .utf8)
        text = text.replacingOccurrences(of: "</interventions>", with: "<level ref=\"child\"/></interventions>")
        try text.write(toFile: broken, atomically: true, encoding: .utf8)
        let r = try onTerminal("\(quoted(Paths.binary)) validate \(quoted(broken))")
        #expect(r.status == 65)
        let problem = try #require(r.stdout.range(of: broken + ":"), "\(r.stdout.suffix(300).debugDescription)")
        let before = r.stdout[..<problem.lowerBound]
        #expect(before.isEmpty || before.hasSuffix(Self.erase) || before.hasSuffix("\n"), "\(before.suffix(120).debugDescription)")
        #expect(Self.clearedAtTheEnd(r.stdout), "\(r.stdout.suffix(120).debugDescription)")
    }

    @Test("Never in a pipe")
    func notInAPipe() throws {
        let r = try socioeco("analyze", "--format", "xml", Self.programme, environment: ["SOCIOECO_PROGRESS_AFTER_MS": "0"])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty, "\(r.stderr.prefix(200).debugDescription)")
    }

    @Test("Never with NO_COLOR, under CI, or with --quiet", arguments: ["NO_COLOR", "CI", "--quiet"])
    func notWhenAskedNot(_ reason: String) throws {
        let quiet = reason == "--quiet" ? " --quiet" : ""
        let environment = reason == "--quiet" ? [:] : [reason: "1"]
        let r = try onTerminal("\(quoted(Paths.binary)) validate\(quiet) \(quoted(Self.programme)) >/dev/null",
                               environment: environment, unset: ["CI", "NO_COLOR"].filter { $0 != reason })
        #expect(r.status == 0, "\(r.stdout)")
        #expect(r.stdout.isEmpty, "\(r.stdout.prefix(200).debugDescription)")
    }
}
