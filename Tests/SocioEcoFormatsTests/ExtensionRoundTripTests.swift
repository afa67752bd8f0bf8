import Foundation
import SocioEcoFormats
import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// Foreign markup at the format's extension points survives read, write, fmt and
/// merge, and the canonical form is a fixed point.
@Suite struct ExtensionRoundTripTests {
    let fixture = Paths.fixture("exchange/extensions-everywhere.xml")

    func read(_ path: String) throws -> Programme { try ProgrammeReader().read(contentsOf: path) }

    func readBack(_ text: String, in dir: URL, name: String = "p.xml") throws -> Programme {
        let file = dir.appendingPathComponent(name).path
        try AtomicFile.write(text, to: file)
        return try read(file)
    }

    @Test func fixtureKeepsEveryPieceOfForeignMarkup() throws {
        let p = try read(fixture)
        let agency = try #require(p.agencies.first)
        let extensions = agency.extensions.compactMap(\.element)
        #expect(extensions.map(\.name.localName) == ["budget", "rating", "plain"])
        let budget = extensions[0]
        #expect(budget.name == QualifiedName(namespaceURI: "urn:example:agency", localName: "budget"))
        #expect(budget.name.prefix == nil, "a default-namespace declaration, not a prefix")
        // CDATA joins the text around it into one run of character data.
        #expect(extensions[1].children == [.text("Reliable <partner> & more tail")])
        #expect(extensions[1].attributes.contains { $0.name.localName == "lang" && $0.value == "en" })
        let plain = extensions[2]
        guard case .element(let inner)? = plain.children.first else { Issue.record("no child"); return }
        #expect(inner.name == QualifiedName(namespaceURI: nil, localName: "inner-no-namespace"))
        let note = try #require(p.interventions[0].extensions[1].element)
        #expect(note.children.count == 3, "text, element, text: the comment does not split the text")
        #expect(note.children.last == .text(" with  text, a tab\tand \r a CR"))
        #expect(p.foreignAttributes(at: .title).map(\.value) == ["fr", "single \"quoted\""])
        #expect(p.foreignAttributes(at: .interventionLevel(0, 0)).first?.value == "2")
        #expect(p.extensions.compactMap(\.element).map(\.name.localName) == ["annex", "signature"])
    }

    @Test func writingIsAFixedPointAndKeepsTheModel() throws {
        let dir = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let p = try read(fixture)
        let once = ProgrammeWriter().encode(p)
        let q = try readBack(once, in: dir)
        #expect(q == p)
        #expect(q.agencies[0].extensions == p.agencies[0].extensions)
        #expect(ProgrammeWriter().encode(q) == once, "canonical form written twice gives the same bytes")
        #expect(once.contains("<budget xmlns=\"urn:example:agency\" currency=\"USD\">"), "the agency's budget comes out as it went in")
        // The written file is valid for the shipped XSD too, outside this tool.
        let xsd = Paths.packageRoot.appendingPathComponent("Schemas/programme.xsd").path
        let lint = try run(try #require(Paths.tool("xmllint")), ["--noout", "--schema", xsd, dir.appendingPathComponent("p.xml").path])
        #expect(lint.status == 0, "\(lint.stderr)")
    }

    @Test func fmtKeepsForeignMarkup() throws {
        let dir = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let copy = dir.appendingPathComponent("e.xml").path
        try FileManager.default.copyItem(atPath: fixture, toPath: copy)
        #expect(try socioeco("fmt", copy).status == 0)
        #expect(try read(copy) == read(fixture))
        #expect(try socioeco("fmt", "--check", copy).status == 0)
    }

    @Test func mergeKeepsForeignMarkup() throws {
        let dir = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let joint = dir.appendingPathComponent("joint.xml").path
        let r = try socioeco("merge", fixture, Paths.fixture("schema-valid/foreign-extensions.xml"), "-o", joint)
        #expect(r.status == 0, "\(r.stderr)")
        let j = try read(joint)
        let p = try read(fixture)
        // Both files declare the same agency 'unicef': one agency, the extensions of both.
        let other = try read(Paths.fixture("schema-valid/foreign-extensions.xml"))
        #expect(j.agencies[0].extensions == p.agencies[0].extensions + other.agencies[0].extensions)
        #expect(j.interventions[0].extensions == p.interventions[0].extensions)
        #expect(j.annotations[.interventionLevel(0, 0)] == p.annotations[.interventionLevel(0, 0)])
        for e in p.extensions { #expect(j.extensions.contains(e)) }
        let text = try String(contentsOfFile: joint, encoding: .utf8)
        #expect(text.contains("<budget xmlns=\"urn:example:agency\" currency=\"USD\">"))
    }

    /// The xml namespace may be bound to no name but its own prefix, so an extension
    /// element in it is written `xml:NAME` however it was read (found by the round-trip
    /// fuzz target: it was written with xmlns="http://www.w3.org/XML/1998/namespace").
    @Test func anExtensionElementInTheXMLNamespaceKeepsItsPrefix() throws {
        let dir = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <programme xmlns="urn:socioeco:programme:1" id="p"><title>t</title><interventions/>
            <xml:note xml:lang="fr"><xml:inner>x</xml:inner><plain xmlns="">y</plain></xml:note></programme>
            """
        let p = try readBack(text, in: dir, name: "in.xml")
        #expect(p.extensions.first?.element?.name.namespaceURI == "http://www.w3.org/XML/1998/namespace")
        let once = ProgrammeWriter().encode(p)
        #expect(once.contains("<xml:note xml:lang=\"fr\"><xml:inner>x</xml:inner><plain xmlns=\"\">y</plain></xml:note>"), "\(once)")
        #expect(try readBack(once, in: dir) == p)
        let xsd = Paths.packageRoot.appendingPathComponent("Schemas/programme.xsd").path
        let lint = try run(try #require(Paths.tool("xmllint")), ["--noout", "--schema", xsd, dir.appendingPathComponent("p.xml").path])
        #expect(lint.status == 0, "\(lint.stderr)")
    }

    @Test(arguments: 0..<40)
    func generatedMarkupRoundTrips(seed: UInt64) throws {
        let dir = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var g = ProgrammeGenerator(seed: seed, maximumInterventions: 8)
        let p = g.decorated(g.programme())
        let once = ProgrammeWriter().encode(p)
        let q = try readBack(once, in: dir)
        #expect(q == p, "seed \(seed)")
        #expect(ProgrammeWriter().encode(q) == once, "seed \(seed)")
    }
}
