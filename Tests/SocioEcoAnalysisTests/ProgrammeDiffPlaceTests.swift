import SocioEcoAnalysis
import SocioEcoModel
import Testing

/// `ProgrammeDiff` and places: places added, removed and changed, interventions'
/// places and dates, field by field, and coverage movement per place and level.
@Suite struct ProgrammeDiffPlaceTests {
    let old = Programme(id: "p", title: "P", places: [
        Place(id: "teknaf", name: "Teknaf", pcode: "BD202290", adminLevel: 3),
        Place(id: "ukhiya", name: "Ukhiya"),
    ], interventions: [
        Intervention(id: "cfs", title: "CFS", levels: ["child"], places: ["teknaf"], start: CalendarDate("2024-01-01")),
    ])

    @Test func placesAndDatesChangeFieldByField() {
        var new = old
        new.places = [Place(id: "teknaf", name: "Teknaf", pcode: "BD202290", adminLevel: 3),
                      Place(id: "camp-1", name: "Camp 1", parent: "teknaf")]
        new.places[0].adminLevel = 2
        new.interventions[0].places = ["teknaf", "camp-1"]
        new.interventions[0].start = CalendarDate("2024-02-01")
        new.interventions[0].end = CalendarDate("2024-06-30")
        let d = ProgrammeDiff(old: old, new: new)
        #expect(d.programme.isEmpty)
        #expect(d.addedPlaces.map(\.id) == ["camp-1"])
        #expect(d.removedPlaces.map(\.id) == ["ukhiya"])
        #expect(d.changedPlaces == [ElementChange(id: "teknaf", changes: [FieldChange(field: "admin-level", old: "3", new: "2")])])
        #expect(d.changedInterventions.map(\.changes) == [[
            FieldChange(field: "place", old: "teknaf", new: "teknaf camp-1"),
            FieldChange(field: "start", old: "2024-01-01", new: "2024-02-01"),
            FieldChange(field: "end", old: nil, new: "2024-06-30"),
        ]])
    }

    @Test func placesInAnotherOrderAreAnOrderChange() {
        var new = old
        new.places.reverse()
        let d = ProgrammeDiff(old: old, new: new)
        #expect(d.programme == [FieldChange(field: "order", old: "as before", new: "agencies, places or interventions in another order")])
        #expect(ProgrammeDiff(old: old, new: old).isEmpty)
    }

    @Test func everyFieldOfAPlaceIsCompared() {
        var new = old
        new.places[1] = Place(id: "ukhiya", name: "Ukhiya upazila", pcode: "BD202294", adminLevel: 3, parent: "teknaf")
        let d = ProgrammeDiff(old: old, new: new)
        #expect(d.changedPlaces == [ElementChange(id: "ukhiya", changes: [
            FieldChange(field: "name", old: "Ukhiya", new: "Ukhiya upazila"),
            FieldChange(field: "pcode", old: nil, new: "BD202294"),
            FieldChange(field: "admin-level", old: nil, new: "3"),
            FieldChange(field: "parent", old: nil, new: "teknaf"),
        ])])
    }

    /// Counts inherited down the tree move with the place above; a removed place's
    /// counts go to none, a new one's come from none; levels innermost first.
    @Test func coverageMovementPerPlaceInTreeOrderThenRemovedPlaces() {
        let before = Programme(id: "p", title: "P", places: [
            Place(id: "cxb", name: "Cox's Bazar"),
            Place(id: "teknaf", name: "Teknaf", parent: "cxb"),
            Place(id: "ukhiya", name: "Ukhiya", parent: "cxb"),
        ], interventions: [
            Intervention(id: "a", title: "A", levels: ["society"], places: ["teknaf"]),
            Intervention(id: "b", title: "B", levels: ["child", "family"], places: ["cxb"]),
        ])
        var after = before
        after.places = [Place(id: "cxb", name: "Cox's Bazar"),
                        Place(id: "camp-27", name: "Camp 27", parent: "teknaf"),
                        Place(id: "teknaf", name: "Teknaf", parent: "cxb")]
        after.interventions[0].places = ["camp-27"]
        after.interventions[1].levels = ["child"]
        let d = ProgrammeDiff(old: before, new: after)
        #expect(d.placeLevels == [
            PlaceLevelShift(place: "cxb", name: "Cox's Bazar", level: "family", before: 1, after: 0),
            PlaceLevelShift(place: "teknaf", name: "Teknaf", level: "family", before: 1, after: 0),
            PlaceLevelShift(place: "teknaf", name: "Teknaf", level: "society", before: 1, after: 0),
            PlaceLevelShift(place: "camp-27", name: "Camp 27", level: "child", before: nil, after: 1),
            PlaceLevelShift(place: "camp-27", name: "Camp 27", level: "society", before: nil, after: 1),
            PlaceLevelShift(place: "ukhiya", name: "Ukhiya", level: "child", before: 1, after: nil),
            PlaceLevelShift(place: "ukhiya", name: "Ukhiya", level: "family", before: 1, after: nil),
        ])
        #expect(d.placeLevels[2].isNowUncovered && d.placeLevels[3].isNowCovered)
        #expect(!d.placeLevels[5].isNowUncovered, "a removed place is not a hole")
        #expect(ProgrammeDiff(old: after, new: after).placeLevels.isEmpty)
        let none = Programme(id: "p", title: "P", interventions: before.interventions.map { var i = $0; i.places = []; return i })
        #expect(ProgrammeDiff(old: none, new: none).placeLevels.isEmpty && !ProgrammeDiff(old: none, new: none).declaresPlaces)
    }
}
