import Foundation
import SocioEcoFormats
import SocioEcoTestSupport
import Testing

/// `socioeco serve` as a person runs it: the real binary in its own process.
@Suite("socioeco serve")
struct ServeCommandTests {
    /// A running `socioeco serve` and the address it printed first.
    final class Served {
        let process = Process()
        let output = Pipe()
        let errors = Pipe()
        var url = ""

        init(_ arguments: [String]) throws {
            process.executableURL = URL(fileURLWithPath: Paths.binary)
            process.arguments = ["serve"] + arguments + ["--no-open", "--port", "0"]
            process.standardOutput = output
            process.standardError = errors
            try process.run()
            var line: [UInt8] = []
            let handle = output.fileHandleForReading
            while !line.contains(10) {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                line += chunk
            }
            url = String(decoding: line.prefix { $0 != 10 }, as: UTF8.self)
        }

        var client: LoopbackClient {
            let rest = url.dropFirst("http://127.0.0.1:".count)
            let port = Int(rest.prefix { $0 != "/" }) ?? 0
            let token = url.components(separatedBy: "?token=").last ?? ""
            return LoopbackClient(port: port, token: token)
        }

        func kill() {
            Glibc.kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }

        func interrupt() -> Int32 {
            Glibc.kill(process.processIdentifier, SIGINT)
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    @Test func theFirstLineIsTheAddressWithItsToken() async throws {
        let folder = Paths.temporaryDirectory()
        let file = folder.appendingPathComponent("plan.xml").path
        try FileManager.default.copyItem(atPath: Paths.model("earthquake-response.xml"), toPath: file)
        let served = try Served([file])
        #expect(served.url.range(of: #"^http://127\.0\.0\.1:[0-9]+/\?token=[0-9a-f]{64}$"#, options: .regularExpression) != nil, "\(served.url)")
        #expect(try await served.client.send("GET", "/api/programme").status == 200)
        // Ctrl-C stops it cleanly.
        #expect(served.interrupt() == 0)
    }

    @Test func newCreatesAStartingProgramme() async throws {
        let folder = Paths.temporaryDirectory()
        let file = folder.appendingPathComponent("new-plan.xml").path
        let served = try Served([file, "--new"])
        defer { served.kill() }
        let check = try socioeco("validate", file)
        #expect(check.status == 0, "\(check.stderr)")
        let analysis = try await served.client.send("GET", "/api/analysis").json
        let levels = ((analysis["report"] as? [String: Any])?["levels"] as? [[String: Any]])?.count
        #expect(levels == 4)
        #expect(try ProgrammeReader().read(contentsOf: file).interventions.isEmpty)
    }

    @Test func anInvalidFileIsNotServed() async throws {
        let folder = Paths.temporaryDirectory()
        let file = folder.appendingPathComponent("bad.xml").path
        var text = try String(contentsOfFile: Paths.model("earthquake-response.xml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "<level ref=\"child\"/>", with: "<level ref=\"planet\"/>")
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let r = try socioeco("serve", file, "--no-open", "--port", "0")
        let v = try socioeco("validate", file)
        #expect(r.status == 65)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr == v.stderr)
        #expect(try socioeco("serve", folder.appendingPathComponent("absent.xml").path, "--no-open", "--port", "0").status == 66)
    }

    @Test func aHostOtherThanLoopbackIsWarnedAbout() async throws {
        let folder = Paths.temporaryDirectory()
        let file = folder.appendingPathComponent("plan.xml").path
        try FileManager.default.copyItem(atPath: Paths.model("earthquake-response.xml"), toPath: file)
        let served = try Served([file, "--host", "0.0.0.0"])
        served.kill()
        let warning = String(decoding: served.errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(warning.contains("warning"))
        #expect(served.url.hasPrefix("http://0.0.0.0:"))
    }

    @Test func aKilledServerLosesNoEdit() async throws {
        let folder = Paths.temporaryDirectory()
        let file = folder.appendingPathComponent("plan.xml").path
        try FileManager.default.copyItem(atPath: Paths.model("earthquake-response.xml"), toPath: file)
        let original = try Data(contentsOf: URL(fileURLWithPath: file))
        let first = try Served([file])
        var client = first.client
        var etag = try await client.send("GET", "/api/programme").etag
        for n in 1...5 {
            let r = try await client.json("POST", "/api/interventions", ["id": "added-\(n)", "title": "Added \(n)", "levels": ["society"]], etag: etag)
            #expect(r.status == 201)
            etag = r.etag
        }
        first.kill()
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == original)

        let second = try Served([file])
        defer { second.kill() }
        client = second.client
        #expect(try await client.send("GET", "/api/journal").json["edits"] as? Int == 5)
        let restored = try await client.post("/api/journal/restore", etag: try await client.send("GET", "/api/programme").etag)
        #expect(restored.status == 200)
        let saved = try await client.post("/api/save", etag: restored.etag)
        #expect(saved.status == 200)
        let programme = try ProgrammeReader().read(contentsOf: file)
        #expect(programme.interventions.filter { $0.id.rawValue.hasPrefix("added-") }.count == 5)
        #expect(try socioeco("validate", file).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["plan.xml"])
    }
}
