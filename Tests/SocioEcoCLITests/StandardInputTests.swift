import Foundation
import SocioEcoFormats
import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// `-` reads the programme from standard input, in every command that reads one.
@Suite struct StandardInputTests {
    let earthquake = Paths.model("earthquake-response.xml")
    func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    @Test func analyzeAndExportReadStandardInputAsTheyReadTheFile() throws {
        let input = try bytes(earthquake)
        for command in [["analyze"], ["analyze", "--format", "xml"], ["export", "dot"], ["export", "html"], ["catalog"]] {
            let piped = try run(Paths.binary, command + ["-"], input: input)
            let direct = try run(Paths.binary, command + [earthquake])
            #expect(piped.status == 0 && piped.stdout == direct.stdout && !piped.stdout.isEmpty, "\(command)")
        }
    }

    @Test func problemsNameStandardInput() throws {
        let r = try socioeco("validate", "-", input: Data("<programme>".utf8))
        #expect(r.status == 65)
        #expect(r.stderr.hasPrefix("<stdin>:1:1: error:"), "\(r.stderr)")
        #expect(r.stdout == "<stdin>: invalid, 2 problems\n")
        let empty = try socioeco("analyze", "-", input: Data())
        #expect(empty.status == 65 && empty.stderr.contains("<stdin>:1:1: error: the file is empty"))
        let valid = try socioeco("validate", "-", input: try bytes(earthquake))
        #expect(valid.status == 0 && valid.stdout.hasPrefix("<stdin>: valid, 16 interventions"))
    }

    @Test func standardInputOnlyOnce() throws {
        for command in [["validate", "-", "-"], ["merge", "-", "-", "-o", "-"], ["diff", "-", "-"], ["fmt", "-", "-"]] {
            let r = try run(Paths.binary, command, input: try bytes(earthquake))
            #expect(r.status == 64 && r.stderr.contains("standard input (-) can be given only once"), "\(command)")
        }
    }

    @Test func fmtFiltersStandardInput() throws {
        let canonical = try bytes(earthquake)
        let same = try socioeco("fmt", "-", input: canonical)
        #expect(same.status == 0 && Data(same.stdout.utf8) == canonical)
        let reindented = Data(String(decoding: canonical, as: UTF8.self).replacingOccurrences(of: "\n  ", with: "\n    ").utf8)
        let formatted = try socioeco("fmt", "-", input: reindented)
        #expect(formatted.status == 0 && Data(formatted.stdout.utf8) == canonical)
        let check = try socioeco("fmt", "--check", "-", input: reindented)
        #expect(check.status == 1 && check.stdout == "<stdin>: not in canonical form\n")
        #expect(try socioeco("fmt", "--check", "-", input: canonical).status == 0)
    }

    @Test func mergeAndDiffNameStandardInput() throws {
        let r1 = Paths.packageRoot.appendingPathComponent("Models/exchange/unicef-2024-r1.xml").path
        let r2 = Paths.packageRoot.appendingPathComponent("Models/exchange/unicef-2024-r2.xml").path
        let diff = try socioeco("diff", r1, "-", input: try bytes(r2))
        #expect(diff.status == 1 && diff.stdout.contains("+++ <stdin>"))
        #expect(diff.stdout.replacingOccurrences(of: "<stdin>", with: r2) == (try socioeco("diff", r1, r2)).stdout)
        let merged = try socioeco("merge", r1, "-", "-o", "-", input: try bytes(r2))
        #expect(merged.status == 0 && merged.stdout.contains("origin:file=\"&lt;stdin>\""))
    }
}
