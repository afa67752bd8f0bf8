import Foundation
import SocioEcoTestSupport
import Testing

/// Problems the fuzz checks found, through the real binary.
@Suite("Hardening regressions")
struct HardeningRegressionTests {
    @Test("a file name with an ESC in it still gives a well-formed diff XML")
    func diffXMLWithControlInName() throws {
        let dir = Paths.temporaryDirectory()
        let old = dir.appendingPathComponent("old\u{1B}[31m.xml").path
        try FileManager.default.copyItem(atPath: Paths.fixture("schema-valid/minimal.xml"), toPath: old)
        let r = try socioeco("diff", "--format", "xml", old, Paths.fixture("schema-valid/minimal.xml"))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stdout.unicodeScalars.contains("\u{1B}"))
        let out = dir.appendingPathComponent("diff.xml")
        try Data(r.stdout.utf8).write(to: out)
        let lint = try run(try #require(Paths.tool("xmllint")), ["--noout", "--nonet", out.path])
        #expect(lint.status == 0 && lint.stderr.isEmpty, "\(lint.stderr)")
    }
}
