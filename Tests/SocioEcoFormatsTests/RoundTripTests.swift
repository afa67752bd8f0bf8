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

    @Test("extensions and foreign attributes survive a round trip", arguments: ["foreign-extensions", "free-text", "custom-framework", "places"])
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

    @Test("places and dates are read as the file gives them and written back in canonical form")
    func placesAndDates() throws {
        let path = Paths.fixture("schema-valid/places.xml")
        let model = try ProgrammeReader().read(contentsOf: path)
        #expect(model.places.map(\.id) == ["bd", "coxs-bazar", "teknaf", "ukhiya", "camp-1e"])
        #expect(model.places[0] == Place(id: "bd", name: "Bangladesh", pcode: "BD", adminLevel: 0))
        #expect(model.places[1].parent == "bd" && model.places[1].adminLevel == 2 && model.places[1].extensions.count == 1)
        #expect(model.places[3].pcode == nil && model.places[3].adminLevel == nil)
        #expect(model.foreignAttributes(at: .places).map(\.value) == ["field-office"])
        #expect(model.foreignAttributes(at: .place(1)).map(\.value) == ["district"])
        #expect(model.foreignAttributes(at: .interventionPlace(0, 0)).map(\.value) == ["6"])
        let cfs = model.interventions[0]
        #expect(cfs.places == ["camp-1e", "teknaf"])
        #expect(cfs.start == CalendarDate("2024-01-15") && cfs.end == CalendarDate("2024-06-30"))
        #expect(model.interventions[1].start == CalendarDate("2024-03-01") && model.interventions[1].end == nil)
        #expect(model.interventions[2].start == nil && model.interventions[2].end == CalendarDate("2024-12-31"))
        let written = ProgrammeWriter().encode(model)
        #expect(written.contains("<place id=\"bd\" name=\"Bangladesh\" pcode=\"BD\" admin-level=\"0\"/>"))
        #expect(written.contains("<intervention id=\"cfs-01\" lead=\"unicef\" phase=\"response\" status=\"ongoing\" start=\"2024-01-15\" end=\"2024-06-30\">"))
        #expect(model.isValid)
        // A model without places writes no places section: a 1.0 file stays as it was.
        var without = model
        without.places = []
        for i in without.interventions.indices { without.interventions[i].places = [] }
        #expect(!ProgrammeWriter().encode(without).contains("<places"))
    }
}
