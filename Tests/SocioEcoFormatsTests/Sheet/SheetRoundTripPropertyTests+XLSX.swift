import Foundation
import SocioEcoFormats
import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// The same property through a workbook: the export's table written by `XLSXWriter`,
/// read back by the streaming `XLSXRowSource`, imported.
extension SheetRoundTripPropertyTests {
    @Test(arguments: 0..<30)
    func importOfTheWorkbookExportIsTheProgramme(seed: UInt64) throws {
        var generator = ProgrammeGenerator(seed: seed &+ 1_000, maximumInterventions: 12)
        let p = generator.sheetProgramme()
        guard !p.interventions.isEmpty else { return }
        let dir = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("export.xlsx").path
        let bytes = try XLSXWriter().write([FiveWExport().table(for: p)])
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        var source = try XLSXRowSource(path: path, sheet: nil)
        let outcome = try FiveWImport(options: .init(programmeID: p.id, title: p.title)).run(&source)
        #expect(outcome.diagnostics.isEmpty, "seed \(seed): \(outcome.diagnostics)")
        #expect(outcome.programme == p, "seed \(seed)")
    }
}
