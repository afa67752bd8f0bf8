import SocioEcoAnalysis
import SocioEcoFormats
import SocioEcoModel
import Testing

/// Diffs between versions of generated programmes with places, through Schemas/programme-diff.xsd.
extension ReportSchemaPropertyTests {
    @Test func xmlDiffsWithPlacesValidateWithXmllint() throws {
        var diffs: [(name: String, text: String)] = []
        for seed in Self.seeds.prefix(80) {
            let pair = ProgrammeDiffPlacePropertyTests.pair(seed: seed)
            let old = pair.0
            var new = pair.1
            if let k = new.places.indices.first { new.places[k].name = "Camp \u{1B}<&\"\u{0}" }
            let xml = DiffXMLEncoder().encode(NamedDiff(ProgrammeDiff(old: old, new: new), oldName: "old.xml", newName: "new.xml"))
            diffs.append((name: "place-diff-\(seed).xml", text: xml))
        }
        #expect(diffs.contains { $0.text.contains("<place-level ") && $0.text.contains("<changed id=") && $0.text.contains("<removed id=") })
        #expect(try schemaProblems(diffs, schema: "programme-diff.xsd") == "")
    }
}
