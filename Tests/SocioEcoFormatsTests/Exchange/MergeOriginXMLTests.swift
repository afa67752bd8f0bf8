import SocioEcoAnalysis
import SocioEcoFormats
import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// Merge origins are typed values in the model, written as `origin:` attributes and
/// `origin:source` elements and read back into the same values.
@Suite struct MergeOriginXMLTests {
    let a = Programme(id: "a", revision: 2, updated: CalendarDate("2024-10-03"), title: "A & co", agencies: [
        Agency(id: "ngo", name: "Local NGO", type: .nationalNGO, local: true),
    ], interventions: [
        Intervention(id: "cfs", lead: "ngo", title: "CFS", levels: ["child"]),
    ])
    let b = Programme(id: "b", title: "B", agencies: [
        Agency(id: "ngo", name: "Another NGO", type: .communityBased),
    ], interventions: [
        Intervention(id: "cfs", lead: "ngo", title: "CFS of B", levels: ["family"]),
    ])

    func input(_ p: Programme, _ file: String) -> ProgrammeMerger.Input { .init(programme: p, source: file) }

    func roundTrip(_ p: Programme) throws -> Programme {
        try ProgrammeReader().read(Array(ProgrammeWriter().encode(p).utf8), name: "p.xml")
    }

    @Test func originsAreWrittenAsAttributesAndReadBackTyped() throws {
        let joint = try ProgrammeMerger().merge([input(a, "a.xml"), input(b, "b.xml")]).programme
        let text = ProgrammeWriter().encode(joint)
        #expect(text.contains("xmlns:origin=\"urn:socioeco:origin:1\""))
        #expect(text.contains("<intervention id=\"b.cfs\" lead=\"b.ngo\" origin:programme=\"b\" origin:file=\"b.xml\" origin:id=\"cfs\">"))
        #expect(text.contains("<origin:source programme=\"a\" file=\"a.xml\" revision=\"2\" updated=\"2024-10-03\">A &amp; co</origin:source>"))
        let back = try roundTrip(joint)
        #expect(back == joint)
        #expect(back.interventions[1].origin == MergeOrigin(programme: "b", file: "b.xml", originalID: "cfs"))
        #expect(back.agencies[1].origin == MergeOrigin(programme: "b", file: "b.xml", originalID: "ngo"))
        #expect(back.mergeSources == [MergeSource(of: a, file: "a.xml"), MergeSource(of: b, file: "b.xml")])
        #expect(back.annotations.isEmpty && back.extensions.isEmpty, "no origin is left as foreign markup")
    }

    @Test func mergingAJointFileAgainKeepsTheFirstOrigin() throws {
        let first = try roundTrip(try ProgrammeMerger().merge([input(a, "a.xml"), input(b, "b.xml")]).programme)
        let c = Programme(id: "c", title: "C", interventions: [Intervention(id: "cfs", title: "CFS of C", levels: ["society"])])
        let again = try ProgrammeMerger().merge([input(first, "joint.xml"), input(c, "c.xml")]).programme
        #expect(again.interventions.map { $0.origin?.file } == ["a.xml", "b.xml", "c.xml"])
        #expect(again.interventions[1].origin?.originalID == "cfs")
        #expect(again.mergeSources.map(\.programme) == ["a", "b", "c"], "a joint input brings its own records")
        #expect(again.title == "Joint programme of a, b and c")
        #expect(try roundTrip(again) == again)
    }

    @Test func aPartialOriginIsCompletedNotReplaced() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <programme xmlns="urn:socioeco:programme:1" xmlns:o="urn:socioeco:origin:1" id="p">
              <title>T</title>
              <interventions>
                <intervention id="x" o:file="elsewhere.xml" o:note="kept"><title>X</title><level ref="child"/></intervention>
              </interventions>
            </programme>
            """
        let p = try ProgrammeReader().read(Array(text.utf8), name: "p.xml")
        #expect(p.interventions[0].origin == MergeOrigin(file: "elsewhere.xml"))
        #expect(p.foreignAttributes(at: .intervention(0)).map(\.name.localName) == ["note"], "an unknown name in the namespace stays foreign")
        let joint = try ProgrammeMerger().merge([input(p, "p.xml")]).programme
        #expect(joint.interventions[0].origin == MergeOrigin(programme: "p", file: "elsewhere.xml"))
    }

    @Test func aSourceRecordThisToolCannotSayBackStaysAnExtension() throws {
        let records = [
            "<origin:source programme=\"a\" file=\"a.xml\" colour=\"red\">A</origin:source>",
            "<origin:source programme=\"a\">A</origin:source>",
            "<origin:source programme=\"a\" file=\"a.xml\" revision=\"02\">A</origin:source>",
            "<origin:source programme=\"a\" file=\"a.xml\">A<b xmlns=\"urn:x\"/></origin:source>",
        ]
        for record in records {
            let text = """
                <?xml version="1.0" encoding="UTF-8"?>
                <programme xmlns="urn:socioeco:programme:1" xmlns:origin="urn:socioeco:origin:1" id="p">
                  <title>T</title>
                  <interventions/>
                  \(record)
                </programme>

                """
            let p = try ProgrammeReader().read(Array(text.utf8), name: "p.xml")
            #expect(p.mergeSources.isEmpty, "\(record)")
            #expect(p.extensions.count == 1, "\(record)")
            #expect(ProgrammeWriter().encode(p) == text, "\(record)")
        }
    }

    @Test func originAttributesOnOtherElementsStayForeign() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <programme xmlns="urn:socioeco:programme:1" xmlns:origin="urn:socioeco:origin:1" id="p">
              <title origin:programme="q">T</title>
              <interventions/>
            </programme>

            """
        let p = try ProgrammeReader().read(Array(text.utf8), name: "p.xml")
        #expect(p.foreignAttributes(at: .title).map(\.value) == ["q"])
        #expect(ProgrammeWriter().encode(p) == text)
    }

    @Test func aDiffNamesOriginsSourcesAndAnnotationsInTheModelsWords() throws {
        let joint = try ProgrammeMerger().merge([input(a, "a.xml"), input(b, "b.xml")]).programme
        var moved = joint
        moved.interventions[1].origin?.file = "elsewhere.xml"
        moved.mergeSources[1].title = "B, retitled"
        moved.setForeignAttributes([ForeignAttribute(name: QualifiedName(namespaceURI: "urn:x", prefix: "x", localName: "n"), value: "1")],
                                   at: .interventionLevel(1, 0))
        let diff = ProgrammeDiff(old: joint, new: moved)
        #expect(diff.programme.map(\.field) == ["merged programmes"])
        let changes = try #require(diff.changedInterventions.first).changes
        #expect(changes.map(\.field) == ["origin", "annotations of level 1"])
        #expect(changes[0].old == "programme b, file b.xml, id cfs" && changes[0].new == "programme b, file elsewhere.xml, id cfs")
        #expect(changes[1].old == nil && changes[1].new == "{urn:x}n=1")
    }
}
