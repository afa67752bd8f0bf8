import Foundation
import SocioEcoAnalysis
import SocioEcoFormats
import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// The XML and JSON coverage reports are one tree written twice: every name in the JSON
/// is a name of the XML report, and they carry the same facts.
@Suite struct CoverageReportTreeTests {
    static func camelCase(_ name: String) -> String {
        let parts = name.split(separator: "-")
        return parts.enumerated().map { $0.offset == 0 ? String($0.element) : $0.element.prefix(1).uppercased() + $0.element.dropFirst() }.joined()
    }

    /// The names the published schema declares (elements, attributes, and a few types),
    /// camelCased as the JSON writes them.
    static func schemaNames() throws -> Set<String> {
        let xsd = try String(contentsOf: Paths.packageRoot.appendingPathComponent("Schemas/coverage-report.xsd"), encoding: .utf8)
        var names: Set<String> = []
        for match in xsd.matches(of: try Regex(#"name="([a-z][a-z-]*)""#)) {
            if let name = match.output[1].substring { names.insert(camelCase(String(name))) }
        }
        return names
    }

    static func jsonKeys(_ value: Any) -> Set<String> {
        if let object = value as? [String: Any] {
            return object.reduce(into: Set(object.keys)) { $0.formUnion(jsonKeys($1.value)) }
        }
        if let array = value as? [Any] { return array.reduce(into: []) { $0.formUnion(jsonKeys($1)) } }
        return []
    }

    @Test(arguments: Paths.allModels + [Paths.packageRoot.appendingPathComponent("Models/exchange/unicef-2024-r2.xml").path])
    func jsonNamesAreTheSchemaNames(path: String) throws {
        let analysed = AnalysedProgramme(try ProgrammeReader().read(contentsOf: path))
        let json = try JSONSerialization.jsonObject(with: Data(CoverageReportJSONEncoder().encode(analysed).utf8))
        // The namespace is the format; the text of a strategy or risk is its title and a
        // finding's its message; a finding's subject is an object with its kind.
        let names = try Self.schemaNames().union(["format", "message", "subject", "kind"])
        let strays = Self.jsonKeys(json).subtracting(names)
        #expect(strays.isEmpty, "JSON names that Schemas/coverage-report.xsd does not declare: \(strays.sorted())")
    }

    @Test func bothFormsCarryTheSameFacts() throws {
        var generator = ProgrammeGenerator(seed: 21, maximumInterventions: 60)
        let analysed = AnalysedProgramme(generator.programme())
        let a = analysed.analysis
        let json = try #require(try JSONSerialization.jsonObject(with: Data(CoverageReportJSONEncoder().encode(analysed).utf8)) as? [String: Any])
        #expect(json["format"] as? String == CoverageReportXMLEncoder.namespace)
        #expect(json["interventions"] as? Int == a.interventionCount)
        let levels = try #require(json["levels"] as? [[String: Any]])
        #expect(levels.map { $0["interventions"] as? Int } == a.levels.map(\.interventions.count))
        let matrix = try #require(json["matrix"] as? [[String: Any]])
        #expect(matrix.map { ($0["cell"] as? [[String: Any]])?.map { $0["interventions"] as? Int } } == a.matrix.rows.map { $0.counts })
        let findings = try #require(json["findings"] as? [String: Any])
        #expect((findings["finding"] as? [Any])?.count == a.findings.count)
        #expect(findings["errors"] as? Int == a.errorCount)
        let subjects = try #require((findings["finding"] as? [[String: Any]])?.map { $0["subject"] as? [String: Any] })
        #expect(subjects.map { $0?["kind"] as? String } == a.findings.map { f -> String? in
            switch f.subject {
            case .programme: return "programme"
            case .level: return "level"
            case .standard: return "standard"
            case .intervention: return "intervention"
            case .placeLevel: return "place-level"
            case .group: return "group"
            }
        })

        let xml = CoverageReportXMLEncoder().encode(analysed)
        #expect(xml.components(separatedBy: "<finding ").count - 1 == a.findings.count)
        #expect(xml.contains("<findings errors=\"\(a.errorCount)\""))
    }

    @Test func absentValuesAreNullAndListsAreArrays() throws {
        let analysed = AnalysedProgramme(Programme(id: "p", title: "T", interventions: [
            Intervention(id: "a", title: "A", levels: ["child"], standards: ["15"]),
        ]))
        let text = CoverageReportJSONEncoder().encode(analysed)
        #expect(text.contains(#""revision": null"#))
        #expect(text.contains(#""percent": null"#))
        #expect(text.contains(#""coordination": null"#))
        #expect(text.contains(#""mainLevels": ["#))
        #expect(text.contains(#""uncovered": ["#))
        #expect(!CoverageReportXMLEncoder().encode(analysed).contains("revision="))
    }
}
