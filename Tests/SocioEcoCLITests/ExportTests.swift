import Foundation
import SocioEcoFormats
import SocioEcoModel
import SocioEcoTestSupport
import Testing

@Suite("socioeco export", .serialized)
struct ExportTests {
    /// Writes `programme` in the exchange format to a new temporary file.
    static func file(_ programme: Programme) throws -> String {
        let path = Paths.temporaryDirectory().appendingPathComponent("p.xml").path
        try Data(ProgrammeWriter().encode(programme).utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("export dot writes to standard output, or atomically to -o")
    func dotOutput() throws {
        let model = Paths.model("earthquake-response.xml")
        let out = try socioeco("export", "dot", model)
        #expect(out.status == 0 && out.stderr.isEmpty)
        #expect(out.stdout.hasPrefix("// socioeco export dot, view strategies"))
        let target = Paths.temporaryDirectory().appendingPathComponent("e.dot").path
        let written = try socioeco("export", "dot", model, "--view", "summary", "-o", target)
        #expect(written.status == 0 && written.stdout.isEmpty)
        let text = try String(contentsOfFile: target, encoding: .utf8)
        #expect(text.contains("view summary"))
    }

    @Test("the same file gives the same bytes in separate runs")
    func determinism() throws {
        var g = ProgrammeGenerator(seed: 99, maximumInterventions: 40)
        let path = try Self.file(g.programme())
        for view in ["full", "strategies", "summary"] {
            let a = try socioeco("export", "dot", path, "--view", view)
            let b = try socioeco("export", "dot", path, "--view", view)
            #expect(a.status == 0 && a.stdout == b.stdout && !a.stdout.isEmpty)
        }
        let a = try socioeco("export", "graphml", path)
        let b = try socioeco("export", "graphml", path)
        #expect(a.status == 0 && a.stdout == b.stdout)
    }

    @Test("above 300 interventions the summary is chosen unless a view is given")
    func automaticSummary() throws {
        let interventions = (0..<301).map { Intervention(id: .init("iv\($0)"), title: "t", levels: ["child"], standards: ["15"]) }
        let path = try Self.file(Programme(id: "big", title: "Big", interventions: interventions))
        #expect(try socioeco("export", "dot", path).stdout.hasPrefix("// socioeco export dot, view summary"))
        #expect(try socioeco("export", "dot", path, "--view", "strategies").stdout.hasPrefix("// socioeco export dot, view strategies"))
    }

    @Test("exit statuses: 66 missing input, 65 invalid input, 73 cannot write, 64 unknown view")
    func failures() throws {
        for sub in ["dot", "graphml"] {
            #expect(try socioeco("export", sub, "/nonexistent/p.xml").status == 66)
            #expect(try socioeco("export", sub, Paths.fixture("schema-invalid/missing-title.xml")).status == 65)
            let blocked = try socioeco("export", sub, Paths.model("earthquake-response.xml"), "-o", "/nonexistent/dir/out")
            #expect(blocked.status == 73 && blocked.stderr.contains("cannot write"))
        }
        #expect(try socioeco("export", "dot", Paths.model("earthquake-response.xml"), "--view", "rings").status == 64)
    }

    @Test("export graphml writes GraphML")
    func graphml() throws {
        let out = try socioeco("export", "graphml", Paths.model("sahel-custom-framework.xml"))
        #expect(out.status == 0 && out.stderr.isEmpty)
        #expect(out.stdout.contains("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""))
    }
}
