import SocioEcoModel
import Testing

/// `ProgrammeMerger` and places: one place per pcode, or per id and name without one;
/// a conflicting id renamed and noted; parents and interventions' places follow.
@Suite struct ProgrammeMergerPlaceTests {
    func input(_ p: Programme, _ file: String) -> ProgrammeMerger.Input { .init(programme: p, source: file) }

    let a = Programme(id: "a", title: "A", places: [
        Place(id: "teknaf", name: "Teknaf", pcode: "BD202290", adminLevel: 3),
        Place(id: "camp-1", name: "Camp 1", parent: "teknaf"),
        Place(id: "ukhiya", name: "Ukhiya"),
    ], interventions: [
        Intervention(id: "cfs", title: "CFS", levels: ["child"], places: ["camp-1"], start: CalendarDate("2024-01-01")),
    ])
    let b = Programme(id: "b", title: "B", places: [
        Place(id: "tek", name: "Teknaf upazila", pcode: "BD202290"),
        Place(id: "camp-1", name: "Camp One", parent: "tek"),
        Place(id: "ukhiya", name: "Ukhiya", adminLevel: 3),
    ], interventions: [
        Intervention(id: "norms", title: "Norms", levels: ["society"], places: ["tek", "camp-1", "ukhiya"], end: CalendarDate("2024-06-30")),
    ])

    @Test func placesJoinByPcodeThenByIdAndName() throws {
        let r = try ProgrammeMerger().merge([input(a, "a.xml"), input(b, "b.xml")])
        let j = r.programme
        #expect(j.problems().isEmpty, "\(j.problems().map(\.message))")
        #expect(j.places.map(\.id) == ["teknaf", "camp-1", "ukhiya", "b.camp-1"])
        #expect(j.places[3].parent == "teknaf", "a parent follows its place's new id")
        #expect(j.places[2].adminLevel == 3, "what the first declaration left out is filled in")
        #expect(j.interventions[0].places == ["camp-1"])
        #expect(j.interventions[1].places == ["teknaf", "b.camp-1", "ukhiya"])
        #expect(j.interventions[1].end == CalendarDate("2024-06-30") && j.interventions[0].start == CalendarDate("2024-01-01"))
        #expect(r.notes.filter { $0.kind == .placeConflict }.map(\.message) == [
            "place 'camp-1' is 'Camp One' (no pcode) in b.xml but 'Camp 1' (no pcode) in a.xml; the joint file keeps the place of a.xml under 'camp-1' and adds this one as 'b.camp-1', with the refs of b.xml rewritten",
        ])
        #expect(MergeNote.Kind.placeConflict.isWarning)
    }

    @Test func oneIdWithAnotherPcodeIsAConflict() throws {
        let c = Programme(id: "c", title: "C", places: [Place(id: "teknaf", name: "Teknaf", pcode: "BD202291")],
                          interventions: [Intervention(id: "x", title: "X", levels: ["child"], places: ["teknaf"])])
        let r = try ProgrammeMerger().merge([input(a, "a.xml"), input(c, "c.xml")])
        #expect(r.programme.places.map(\.id) == ["teknaf", "camp-1", "ukhiya", "c.teknaf"])
        #expect(r.programme.interventions[1].places == ["c.teknaf"])
        #expect(r.notes.map(\.kind) == [.placeConflict])
        #expect(r.programme.problems().isEmpty)
    }

    @Test func programmesWithoutPlacesMergeAsBefore() throws {
        let plain = Programme(id: "p", title: "P", interventions: [Intervention(id: "y", title: "Y", levels: ["child"])])
        let r = try ProgrammeMerger().merge([input(plain, "p.xml"), input(a, "a.xml")])
        #expect(r.programme.places == a.places)
        #expect(r.programme.interventions[0].places.isEmpty)
    }
}
