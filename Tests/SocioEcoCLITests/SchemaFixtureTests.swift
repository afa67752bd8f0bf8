import Foundation
import SocioEcoTestSupport
import Testing

/// The schema fixtures through the real binary: each invalid one breaks one rule and
/// must give exactly one diagnostic, on the offending start tag.
@Suite("Schema fixtures: each problem reported once")
struct SchemaFixtureTests {
    /// Fixture name and the line:column of its one problem, read off the files.
    static let invalid: [(String, String)] = [
        ("agency-text-content.xml", "6:5"),
        ("bad-admin-level.xml", "6:5"),
        ("bad-boolean.xml", "6:5"),
        ("bad-date-calendar.xml", "5:3"),
        ("bad-date-zone.xml", "3:1"),
        ("bad-id-pattern.xml", "6:5"),
        ("bad-integer.xml", "3:1"),
        ("bad-target.xml", "9:7"),
        ("blank-title.xml", "7:7"),
        ("duplicate-agency-id.xml", "7:5"),
        ("duplicate-indicator-id.xml", "14:7"),
        ("duplicate-intervention-id.xml", "10:5"),
        ("duplicate-level-rank.xml", "8:5"),
        ("duplicate-pcode.xml", "7:5"),
        ("duplicate-place-id.xml", "7:5"),
        ("element-order.xml", "4:3"),
        ("empty-levels-list.xml", "8:5"),
        ("foreign-element-misplaced.xml", "9:7"),
        ("framework-one-level.xml", "7:5"),
        ("guidance-bad-phase.xml", "9:7"),
        ("guidance-blank-summary.xml", "9:7"),
        ("guidance-without-levels.xml", "9:7"),
        ("id-surrounding-whitespace.xml", "8:7"),
        ("id-too-long.xml", "9:7"),
        ("integer-whitespace.xml", "3:1"),
        ("intervention-without-level.xml", "8:7"),
        ("keyref-missing-dependency.xml", "9:7"),
        ("keyref-missing-lead.xml", "9:5"),
        ("keyref-missing-parent.xml", "6:5"),
        ("keyref-missing-partner.xml", "12:7"),
        ("keyref-missing-place.xml", "12:7"),
        ("missing-strategy.xml", "8:5"),
        ("missing-title.xml", "4:3"),
        ("no-namespace-extension.xml", "6:3"),
        ("nonempty-level.xml", "8:7"),
        ("own-namespace-extension.xml", "9:7"),
        ("place-after-indicator.xml", "13:7"),
        ("place-ref-pattern.xml", "12:7"),
        ("place-text-content.xml", "6:5"),
        ("unknown-attribute.xml", "6:5"),
        ("unknown-status.xml", "6:5"),
    ]

    @Test("the table lists every invalid fixture")
    func tableIsComplete() throws {
        let dir = Paths.fixture("schema-invalid")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".xml") }.sorted()
        #expect(names == Self.invalid.map(\.0).sorted())
    }

    @Test("one diagnostic, at the offending start tag", arguments: invalid)
    func oneDiagnostic(name: String, position: String) throws {
        let path = Paths.fixture("schema-invalid/\(name)")
        let r = try socioeco("validate", "--quiet", path)
        #expect(r.status == 65)
        #expect(r.stdout.isEmpty)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(name): \(r.stderr)")
        #expect(lines.first?.hasPrefix("\(path):\(position): error: ") == true, "\(name): \(r.stderr)")
        // Messages name elements without libxml2's {namespace} and say no more than once.
        #expect(!r.stderr.contains("{urn:socioeco:programme:1}"))
        #expect(!r.stderr.contains("##other"))
    }

    @Test("valid fixtures and every model validate", arguments: ["minimal", "custom-framework", "foreign-extensions", "free-text", "places"].map { Paths.fixture("schema-valid/\($0).xml") } + Paths.allModels)
    func valid(path: String) throws {
        let r = try socioeco("validate", path)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.isEmpty)
        #expect(r.stdout.hasPrefix("\(path): valid, "))
    }

    /// libxml2's XSD validator, asked for as a second opinion, finds nothing the built-in
    /// checker missed: what `validate` prints is the same with it and without.
    @Test("validate --xsd prints what validate prints", arguments: invalid.map { Paths.fixture("schema-invalid/\($0.0)") }
        + ["minimal", "places"].map { Paths.fixture("schema-valid/\($0).xml") })
    func secondOpinionAgrees(path: String) throws {
        let plain = try socioeco("validate", path)
        let withXSD = try socioeco("validate", "--xsd", path)
        #expect(withXSD.status == plain.status)
        #expect(withXSD.stdout == plain.stdout)
        #expect(withXSD.stderr == plain.stderr)
    }
}
