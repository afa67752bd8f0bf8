import Foundation
import SocioEcoFormats
import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// Every shipped model exported as a 5W (CSV and workbook) and imported back through the
/// real binary gives the model's canonical file, byte for byte: the programme's own
/// fields, agencies and places no intervention names, their order and ids, local flags
/// and dependencies all travel in the sheet. A custom framework travels by name: the
/// sheet names it and the import is given it with `--framework`.
@Suite struct SheetModelRoundTripTests {
    static let models = Paths.allModels

    @Test(arguments: models, ["csv", "xlsx"])
    func importOfTheExportIsTheModel(model: String, format: String) throws {
        let dir = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sheet = dir.appendingPathComponent("5w.\(format)").path
        let exported = try socioeco("export", format, model, "-o", sheet)
        #expect(exported.status == 0, "\(exported.stderr)")
        let programme = try ProgrammeReader().read(contentsOf: model)
        var arguments = ["import", sheet]
        if programme.framework.kind == .custom { arguments += ["--framework", model] }
        let back = try run(Paths.binary, arguments)
        #expect(back.status == 0, "\(model): \(back.stderr)")
        #expect(back.stderr.isEmpty)
        #expect(back.stdout == ProgrammeWriter().encode(programme), "\(model) through \(format)")
    }

    @Test func aSheetOfACustomFrameworkImportedWithoutItNamesTheFrameworkAtItsCell() throws {
        let dir = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sheet = dir.appendingPathComponent("sahel.csv").path
        #expect(try socioeco("export", "csv", Paths.model("sahel-custom-framework.xml"), "-o", sheet).status == 0)
        let r = try socioeco("import", sheet)
        #expect(r.status == 65)
        #expect(r.stdout.isEmpty)
        let column = FiveWColumn.all.firstIndex { $0.role == .programmeFramework }! + 1
        #expect(r.stderr.contains("sahel.csv:3:\(column): error: the sheet's levels and standards are those of framework 'sahel-cp-framework-2023', not 'cpms-2019'; give --framework FILE"),
                "\(r.stderr)")
    }

    @Test func idAndTitleOnTheCommandLineWinOverTheSheets() throws {
        let dir = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sheet = dir.appendingPathComponent("cholera.csv").path
        #expect(try socioeco("export", "csv", Paths.model("cholera-epidemic-response.xml"), "-o", sheet).status == 0)
        let r = try socioeco("import", sheet, "--id", "other", "--title", "Another title")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("<programme xmlns=\"urn:socioeco:programme:1\" id=\"other\" revision=\"2\" updated=\"2023-03-10\">"))
        #expect(r.stdout.contains("<title>Another title</title>"))
    }
}
