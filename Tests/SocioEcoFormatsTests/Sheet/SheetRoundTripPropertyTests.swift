import Foundation
import SocioEcoFormats
import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// `import(export(p)) == p` for generated programmes with places, dates, carried columns
/// and hostile text (quotes, separators, newlines, Arabic, emoji, leading `=` and `+`).
@Suite struct SheetRoundTripPropertyTests {
    func roundTrip(_ p: Programme) throws -> (Programme?, [Diagnostic], [UInt8]) {
        let bytes = CSVWriter().encode(FiveWExport().table(for: p))
        var source = CSVRowSource(bytes: bytes, name: "export.csv")
        let outcome = try FiveWImport(options: .init(programmeID: p.id, title: p.title)).run(&source)
        return (outcome.programme, outcome.diagnostics, bytes)
    }

    @Test(arguments: 0..<60)
    func importOfExportIsTheProgramme(seed: UInt64) throws {
        var generator = ProgrammeGenerator(seed: seed, maximumInterventions: 12)
        let p = generator.sheetProgramme()
        #expect(p.problems().isEmpty, "the generator makes valid programmes: \(p.problems())")
        guard !p.interventions.isEmpty else { return }
        let (q, diagnostics, bytes) = try roundTrip(p)
        #expect(diagnostics.isEmpty, "seed \(seed): \(diagnostics)")
        guard let q else { return }
        #expect(q.agencies == p.agencies, "seed \(seed)")
        #expect(q.places == p.places, "seed \(seed)")
        for (a, b) in zip(q.interventions, p.interventions) where a != b {
            let fields = zip(Mirror(reflecting: a).children, Mirror(reflecting: b).children)
                .filter { String(describing: $0.0.value) != String(describing: $0.1.value) }
                .map { "\($0.0.label ?? "?"): \(String(reflecting: $0.0.value)) != \(String(reflecting: $0.1.value))" }
            Issue.record("seed \(seed), \(a.id): \(fields)\n\(String(decoding: bytes, as: UTF8.self).prefix(3000))")
            break
        }
        #expect(q.interventions == p.interventions && q.id == p.id && q.title == p.title, "seed \(seed)")
        #expect(q == p, "seed \(seed)")
    }

    @Test func theImportedProgrammeIsAValidFile() throws {
        var generator = ProgrammeGenerator(seed: 7, maximumInterventions: 12)
        let p = generator.sheetProgramme()
        let (q, _, _) = try roundTrip(p)
        let written = ProgrammeWriter().encode(try #require(q))
        let back = try ProgrammeReader(options: .init(mode: .schemaAndRules)).read(Array(written.utf8), name: "p.xml")
        #expect(back == q, "carried columns survive the programme file")
    }
}
