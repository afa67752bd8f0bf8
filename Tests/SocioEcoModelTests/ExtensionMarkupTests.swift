import SocioEcoModel
import Testing

/// `ExtensionMarkup` boxes content the model does not read: equal by content and type,
/// and merged by the content's own rule.
@Suite struct ExtensionMarkupTests {
    struct Note: ExtensionContent {
        var text: String
        var summary: String { text }
    }

    struct Tags: ExtensionContent {
        var tags: [String: String]
        var summary: String { tags.keys.sorted().joined(separator: " ") }

        func merging(_ other: Tags) -> (merged: Tags, conflicts: [ExtensionConflict]) {
            var result = self
            var conflicts: [ExtensionConflict] = []
            for (k, v) in other.tags {
                if let held = tags[k] {
                    if held != v { conflicts.append(ExtensionConflict(name: k, kept: held, offered: v)) }
                } else {
                    result.tags[k] = v
                }
            }
            return (result, conflicts)
        }
    }

    @Test func boxesCompareByTypeAndContent() {
        #expect(ExtensionMarkup(Note(text: "a")) == ExtensionMarkup(Note(text: "a")))
        #expect(ExtensionMarkup(Note(text: "a")) != ExtensionMarkup(Note(text: "b")))
        #expect(ExtensionMarkup(Note(text: "")) != ExtensionMarkup(Tags(tags: [:])), "same summary, other kind")
        #expect(Set([ExtensionMarkup(Note(text: "a")), ExtensionMarkup(Note(text: "a"))]).count == 1)
        #expect(ExtensionMarkup(Note(text: "a")).content(as: Note.self)?.text == "a")
        #expect(ExtensionMarkup(Note(text: "a")).content(as: Tags.self) == nil)
    }

    @Test func mergingKeepsHeldValuesAndNamesConflicts() {
        let ours = ExtensionMarkup(Tags(tags: ["x": "1", "y": "2"]))
        let (merged, conflicts) = ours.merging(ExtensionMarkup(Tags(tags: ["y": "3", "z": "4"])))
        #expect(merged == ExtensionMarkup(Tags(tags: ["x": "1", "y": "2", "z": "4"])))
        #expect(conflicts == [ExtensionConflict(name: "y", kept: "2", offered: "3")])
        let indivisible = ExtensionMarkup(Note(text: "a")).merging(ExtensionMarkup(Note(text: "b")))
        #expect(indivisible.merged == ExtensionMarkup(Note(text: "a")) && indivisible.conflicts.isEmpty)
        let otherKind = ours.merging(ExtensionMarkup(Note(text: "b")))
        #expect(otherKind.merged == ours && otherKind.conflicts.isEmpty)
    }

    @Test func theMergerJoinsAnnotationsOfSharedElementsAndSaysWhereInTheModelsWords() throws {
        var a = Programme(id: "a", title: "A")
        a.annotations[.title] = ExtensionMarkup(Tags(tags: ["lang": "en"]))
        var b = Programme(id: "b", title: "B")
        b.annotations[.title] = ExtensionMarkup(Tags(tags: ["lang": "fr", "dir": "ltr"]))
        let r = try ProgrammeMerger().merge([.init(programme: a, source: "a.xml"), .init(programme: b, source: "b.xml")])
        #expect(r.programme.annotations[.title] == ExtensionMarkup(Tags(tags: ["lang": "en", "dir": "ltr"])))
        let note = try #require(r.notes.first { $0.kind == .attributeConflict })
        #expect(note.message == "b.xml gives lang on the title the value 'fr', but the joint file already holds 'en' from an earlier file and keeps that")
    }
}
