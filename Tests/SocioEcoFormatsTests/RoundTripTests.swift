import Foundation
import SocioEcoFormats
import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// The writer and the reader agree: whatever valid model is written is read back equal,
/// in the same bytes each time, and the XSD accepts every written file.
@Suite("Round trip through the canonical form")
struct RoundTripTests {
    static let seeds: Range<UInt64> = 0..<1000

    @Test("read(write(m)) == m, writing twice gives the same bytes, xmllint accepts every file")
    func generatedModels() throws {
        let dir = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var paths: [String] = []
        var failures: [String] = []
        var custom = 0, hostile = 0
        for seed in Self.seeds {
            var generator = ProgrammeGenerator(seed: seed)
            let model = generator.programme()
            if model.framework.kind == .custom { custom += 1 }
            let bytes = Array(ProgrammeWriter().encode(model).utf8)
            if Array(ProgrammeWriter().encode(model).utf8) != bytes { failures.append("seed \(seed): second write differs") }
            let text = String(decoding: bytes, as: UTF8.self)
            if ["&quot;", "&lt;", "&amp;", "\\", "مرحبا", "👧🏽", "\u{030B}"].contains(where: text.contains) { hostile += 1 }
            let path = dir.appendingPathComponent("seed-\(seed).xml").path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            paths.append(path)
            do {
                let back = try ProgrammeReader().read(contentsOf: path)
                if back != model { failures.append("seed \(seed): read back differs") }
            } catch {
                failures.append("seed \(seed): \(error.description)")
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(5))")
        // The corpus is as hostile as it claims: custom frameworks and awkward text.
        #expect(custom > 150)
        #expect(hostile > 900)

        let xmllint = try #require(Paths.tool("xmllint"), "xmllint (Debian libxml2-utils) is needed")
        let xsd = Paths.packageRoot.appendingPathComponent("Schemas/programme.xsd").path
        for start in stride(from: 0, to: paths.count, by: 250) {
            let batch = Array(paths[start..<min(start + 250, paths.count)])
            let r = try run(xmllint, ["--noout", "--schema", xsd] + batch)
            #expect(r.status == 0, "\(r.stderr.prefix(2000))")
            #expect(r.stderr.components(separatedBy: " validates\n").count == batch.count + 1)
        }
    }

    @Test("extensions and foreign attributes survive a round trip", arguments: ["foreign-extensions", "free-text", "custom-framework"])
    func extensions(name: String) throws {
        let model = try ProgrammeReader().read(contentsOf: Paths.fixture("schema-valid/\(name).xml"))
        let bytes = Array(ProgrammeWriter().encode(model).utf8)
        let path = Paths.temporaryDirectory().appendingPathComponent("\(name).xml").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(try ProgrammeReader().read(contentsOf: path) == model)
        let xmllint = try #require(Paths.tool("xmllint"))
        let xsd = Paths.packageRoot.appendingPathComponent("Schemas/programme.xsd").path
        #expect(try run(xmllint, ["--noout", "--schema", xsd, path]).status == 0)
    }

    @Test("every model in Models/ is in canonical form", arguments: Paths.allModels)
    func modelsAreCanonical(path: String) throws {
        let model = try ProgrammeReader().read(contentsOf: path)
        let written = Array(ProgrammeWriter().encode(model).utf8)
        let file = try #require(CanonicalCheck.bytes(of: path))
        #expect(written == file)
    }
}
