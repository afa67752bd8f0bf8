import Foundation
import SocioEcoFormats
import SocioEcoTestSupport
import Testing

/// libhxl, the HXL standard's own Python library, reads every CSV `export csv` writes and
/// finds each hashtag and each value (scripts/hxl-check.py).
@Suite struct HXLPeerTests {
    struct Seen: Decodable {
        var columns: [String]
        var headers: [String]
        var rows: [[String]]
    }

    func check(_ programme: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let dir = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = dir.appendingPathComponent("5w.csv").path
        let export = try socioeco("export", "csv", programme, "-o", csv)
        #expect(export.status == 0, "\(export.stderr)", sourceLocation: sourceLocation)
        let python = try #require(Paths.tool("python3"))
        let script = Paths.packageRoot.appendingPathComponent("scripts/hxl-check.py").path
        let r = try run(python, [script, csv])
        #expect(r.status == 0, "\(r.stderr)", sourceLocation: sourceLocation)
        let seen = try JSONDecoder().decode(Seen.self, from: Data(r.stdout.utf8))
        // What we wrote, read back by our own reader, is what libhxl must see.
        var source = try CSVRowSource(path: csv)
        var ours: [[String]] = []
        while let row = try source.nextRow() {
            var cells = Array(repeating: "", count: row.cells.last?.column ?? 0)
            for c in row.cells { cells[c.column - 1] = CSVWriter.guarded(c.value.text) }
            ours.append(cells)
        }
        let width = ours[0].count
        func padded(_ r: [String]) -> [String] { r + Array(repeating: "", count: max(0, width - r.count)) }
        #expect(seen.columns == padded(ours[1]).map { HXLHashtag($0)?.description ?? "" }, sourceLocation: sourceLocation)
        // libhxl keeps Excel's byte-order mark as part of the first header.
        #expect(seen.headers.map { $0.replacingOccurrences(of: "\u{FEFF}", with: "") } == padded(ours[0]), sourceLocation: sourceLocation)
        #expect(seen.rows.count == ours.count - 2, sourceLocation: sourceLocation)
        for (theirs, mine) in zip(seen.rows, ours.dropFirst(2)) where padded(theirs) != padded(mine) {
            Issue.record("libhxl saw \(theirs), we wrote \(mine)", sourceLocation: sourceLocation)
        }
    }

    @Test func theExample5W() throws {
        try check(Paths.model("sheets/cox-bazar-5w.xml"))
        try check(Paths.model("cox-bazar-camp-response.xml"))
    }

    @Test(arguments: [3, 11, 29] as [UInt64])
    func generatedProgrammesWithHostileText(seed: UInt64) throws {
        var generator = ProgrammeGenerator(seed: seed, maximumInterventions: 8)
        let p = generator.sheetProgramme()
        let dir = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("p.xml").path
        try AtomicFile.write(ProgrammeWriter().encode(p), to: file)
        try check(file)
    }
}
