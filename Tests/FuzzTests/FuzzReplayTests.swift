import Foundation
import FuzzChecks
import SocioEcoTestSupport
import Testing

/// Every input a fuzz target ever failed on (Tests/Fixtures/fuzz/TARGET/) and every seed
/// (Fuzz/corpus/TARGET/), replayed through the same checks the targets make.
@Suite("Fuzz findings and seeds stay fixed")
struct FuzzReplayTests {
    static func files(_ folder: String) -> [String] {
        let dir = Paths.packageRoot.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { dir.appendingPathComponent($0).path }
    }

    static let readerInputs = files("Tests/Fixtures/fuzz/fuzz-reader") + files("Fuzz/corpus/fuzz-reader")
    static let roundTripInputs = files("Tests/Fixtures/fuzz/fuzz-roundtrip") + files("Fuzz/corpus/fuzz-roundtrip")
    static let escapingInputs = files("Tests/Fixtures/fuzz/fuzz-escaping") + files("Fuzz/corpus/fuzz-escaping")

    func bytes(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    @Test("the seed corpora are there and small")
    func seeds() throws {
        #expect(Self.readerInputs.count >= 40)
        #expect(Self.roundTripInputs.count >= 6)
        #expect(Self.escapingInputs.count >= 5)
        for path in Self.readerInputs + Self.roundTripInputs + Self.escapingInputs {
            #expect(try bytes(path).count <= 32 << 10, "\(path) is too big for a seed")
        }
    }

    @Test("reader inputs", arguments: readerInputs)
    func reader(_ path: String) throws {
        let scratch = ScratchFile(purpose: "replay-\(UUID().uuidString)")
        defer { scratch.remove() }
        let input = try bytes(path)
        scratch.write(input)
        #expect(ReaderCheck.readBothWays(input, file: scratch).findings == [], "\(path)")
    }

    @Test("round-trip inputs", arguments: roundTripInputs)
    func roundTrip(_ path: String) throws {
        let input = ScratchFile(purpose: "replay-\(UUID().uuidString)"), output = ScratchFile(purpose: "replay-\(UUID().uuidString)")
        defer { input.remove(); output.remove() }
        input.write(try bytes(path))
        #expect(RoundTripCheck.problems(input: input, output: output) == [], "\(path)")
    }

    @Test("escaping inputs", arguments: escapingInputs)
    func escaping(_ path: String) throws {
        let data = try bytes(path)
        guard let first = data.first else { return }
        let text = String(decoding: data.dropFirst(), as: UTF8.self)
        #expect(EscapingCheck.problems(for: text, dotLimit: 3 + Int(first)) == [], "\(path)")
    }
}
