import Foundation
import SocioEcoFormats
import SocioEcoTestSupport
import Testing

/// Output files survive a process killed while writing them: the old file stays whole,
/// and the temporary file left behind is removed by the next run.
@Suite("Output is never half written", .serialized)
struct AtomicOutputTests {
    /// A valid programme of `count` interventions, one per line: not the canonical
    /// form, so `fmt` rewrites it.
    func programme(_ count: Int) -> Data {
        var data = Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<programme xmlns=\"urn:socioeco:programme:1\" id=\"big\">\n<title>Big</title>\n<interventions>\n".utf8)
        for i in 0..<count {
            data.append(contentsOf: "<intervention id=\"iv\(i)\"><title>Intervention number \(i) for girls and boys</title><level ref=\"community\"/></intervention>\n".utf8)
        }
        data.append(contentsOf: "</interventions>\n</programme>\n".utf8)
        return data
    }

    func temporaries(in directory: URL, for name: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasPrefix(AtomicFile.temporaryPrefix + name + ".") }
    }

    /// Starts `socioeco arguments`, waits until its temporary file for `name` appears in
    /// `directory` and kills it with SIGKILL there. Returns whether it was caught writing.
    func killWhileWriting(_ arguments: [String], directory: URL, name: String) throws -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Paths.binary)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { process.waitUntilExit() }
        while process.isRunning {
            if !temporaries(in: directory, for: name).isEmpty {
                kill(process.processIdentifier, SIGKILL)
                return true
            }
            usleep(200)
        }
        return false
    }

    @Test("fmt killed with SIGKILL mid-write leaves the file as it was; the next run cleans up")
    func fmtKilled() throws {
        let directory = Paths.temporaryDirectory()
        let file = directory.appendingPathComponent("big.xml")
        let original = programme(120_000)
        try original.write(to: file)

        var caught = false
        for _ in 0..<3 where !caught {
            caught = try killWhileWriting(["fmt", file.path], directory: directory, name: "big.xml")
        }
        #expect(caught, "the writer was never caught with its temporary file open")
        #expect(try Data(contentsOf: file) == original, "the killed rewrite damaged the file")
        #expect(temporaries(in: directory, for: "big.xml").count >= 1, "the kill left no temporary behind")

        let r = try socioeco("fmt", file.path)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(temporaries(in: directory, for: "big.xml").isEmpty, "the next run did not remove the leftover")
        #expect(try socioeco("fmt", "--check", file.path).status == 0)
    }

    @Test("export -o removes leftovers for its own output only, and replaces the old file whole")
    func staleTemporaries() throws {
        let directory = Paths.temporaryDirectory()
        let output = directory.appendingPathComponent("out.dot")
        try Data("digraph \"old\" {}\n".utf8).write(to: output)
        let leftover = directory.appendingPathComponent(AtomicFile.temporaryPrefix + "out.dot.Ab12Cd")
        let other = directory.appendingPathComponent(AtomicFile.temporaryPrefix + "other.dot.Ab12Cd")
        let unrelated = directory.appendingPathComponent(AtomicFile.temporaryPrefix + "out.dot.notmine.txt")
        for url in [leftover, other, unrelated] { try Data("half".utf8).write(to: url) }

        let r = try socioeco("export", "dot", Paths.model("cholera-epidemic-response.xml"), "-o", output.path)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
        #expect(FileManager.default.fileExists(atPath: other.path))
        #expect(FileManager.default.fileExists(atPath: unrelated.path))
        let written = try String(contentsOf: output, encoding: .utf8)
        #expect(written == (try socioeco("export", "dot", Paths.model("cholera-epidemic-response.xml"))).stdout)
    }
}
