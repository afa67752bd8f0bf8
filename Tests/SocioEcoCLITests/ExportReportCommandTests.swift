import Foundation
import SocioEcoTestSupport
import Testing

/// `socioeco export svg` and `export html` through the real binary.
@Suite struct ExportReportCommandTests {
    @Test(arguments: ["svg", "html"])
    func everyModelExportsWellFormedAndRepeatably(format: String) throws {
        let dir = Paths.temporaryDirectory()
        var paths: [String] = []
        for model in Paths.allModels {
            let first = try socioeco("export", format, model)
            #expect(first.status == 0 && first.stderr.isEmpty, "\(model): \(first.stderr)")
            let path = dir.appendingPathComponent(URL(fileURLWithPath: model).lastPathComponent + "." + format).path
            let written = try socioeco("export", format, model, "-o", path)
            #expect(written.status == 0 && written.stdout.isEmpty)
            #expect(try String(contentsOfFile: path, encoding: .utf8) == first.stdout)
            paths.append(path)
        }
        let lint = try run(try #require(Paths.tool("xmllint")), ["--noout", "--nonet"] + paths)
        #expect(lint.status == 0 && lint.stderr.isEmpty, "\(lint.stderr)")
    }

    @Test(arguments: ["svg", "html"])
    func exitStatuses(format: String) throws {
        #expect(try socioeco("export", format, "/nonexistent/model.xml").status == 66)
        #expect(try socioeco("export", format, Paths.fixture("schema-invalid/missing-title.xml")).status == 65)
        let blocked = try socioeco("export", format, Paths.allModels[0], "-o", "/nonexistent/dir/out")
        #expect(blocked.status == 73)
    }
}
