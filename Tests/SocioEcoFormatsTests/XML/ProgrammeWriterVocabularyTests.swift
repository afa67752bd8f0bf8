import Foundation
@testable import SocioEcoFormats
import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// The writer against `FormatVocabulary`: it writes every element and attribute the
/// vocabulary lists, and cannot give an attribute the vocabulary does not know.
@Suite("Programme writer and the vocabulary")
struct ProgrammeWriterVocabularyTests {
    /// Every place the vocabulary lets an element or attribute of the format stand, as
    /// `parent/element` and `parent/element@attribute`, walked from the root.
    static var vocabularyPlaces: Set<String> {
        var places: Set<String> = []
        func walk(_ particle: ElementRule.Particle, parent: String) {
            let path = parent + "/" + particle.name.text
            places.insert(path)
            let rule = FormatVocabulary.rule(particle.kind)
            for a in rule.attributes { places.insert(path + "@" + a.name.text) }
            for child in rule.particles { walk(child, parent: particle.name.text) }
        }
        walk(FormatVocabulary.root, parent: "")
        return places
    }

    /// The same places as they occur in `document`, read with the reader's libxml2 stream.
    static func places(in document: String) -> Set<String> {
        var places: Set<String> = []
        let bytes = Array(document.utf8)
        bytes.withUnsafeBytes { buffer in
            guard let stream = LibXMLStream(bytes: buffer, name: "written.xml", schema: nil) else { return }
            var open: [String] = []
            while let kind = stream.read() {
                switch kind {
                case .element where stream.namespaceURI == ProgrammeXML.namespace:
                    let path = (open.last ?? "") + "/" + stream.localName
                    places.insert(path)
                    stream.forEachAttribute { if !$0.hasNamespace { places.insert(path + "@" + $0.localName) } }
                    if !stream.isEmptyElement { open.append(stream.localName) }
                case .element:
                    if !stream.isEmptyElement { open.append("(extension)") }
                case .endElement:
                    open.removeLast()
                default:
                    break
                }
            }
        }
        return places
    }

    @Test("the models, the valid fixtures and generated programmes, written, use every element and attribute of the vocabulary and no other")
    func writesTheWholeVocabulary() throws {
        var programmes = try (Paths.allModels + ["custom-framework", "custom-framework-guidance", "foreign-extensions", "free-text", "places"].map { Paths.fixture("schema-valid/\($0).xml") })
            .map { try ProgrammeReader().read(contentsOf: $0) }
        for seed in 1...40 as ClosedRange<UInt64> {
            var generator = ProgrammeGenerator(seed: seed, maximumInterventions: 8)
            programmes.append(generator.programme())
        }
        let written = programmes.reduce(into: Set<String>()) { $0.formUnion(Self.places(in: ProgrammeWriter().encode($1))) }
        let expected = Self.vocabularyPlaces
        #expect(expected.count > 40, "the walk reached the whole vocabulary")
        #expect(expected.subtracting(written).sorted() == [], "listed in the vocabulary, never written")
        #expect(written.subtracting(expected).sorted() == [], "written, not in the vocabulary")
    }

    @Test("attributes come out in the vocabulary's order, whatever order the writer names them in")
    func ordersAsTheVocabulary() {
        let ordered = FormatVocabulary.ordered([.status: "ongoing", .end: nil, .id: "a", .phase: nil, .lead: "unicef", .start: nil], for: .intervention)
        #expect(ordered.map(\.0) == ["id", "lead", "status"])
        #expect(ordered.map(\.1) == ["a", "unicef", "ongoing"])
    }

    @Test("a value for an attribute the vocabulary does not list stops the writer")
    func unlistedAttributeStops() async {
        await #expect(processExitsWith: .failure) {
            _ = FormatVocabulary.ordered([.ref: "a", .id: "b"], for: .ref)
        }
    }

    @Test("an attribute the vocabulary lists and the writer gives no value for stops the writer")
    func missingAttributeStops() async {
        await #expect(processExitsWith: .failure) {
            _ = FormatVocabulary.ordered([.id: "a", .lead: nil, .phase: nil, .group: nil], for: .intervention)
        }
    }
}
