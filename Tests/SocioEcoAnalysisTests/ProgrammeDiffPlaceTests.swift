import SocioEcoAnalysis
import SocioEcoModel
import Testing

/// `ProgrammeDiff` and places: places added, removed and changed, interventions'
/// places and dates, field by field.
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
        #expect(d.programme == [
            FieldChange(field: "place teknaf", old: "Teknaf (pcode BD202290, admin level 3)", new: "Teknaf (pcode BD202290, admin level 2)"),
            FieldChange(field: "place camp-1", old: nil, new: "Camp 1 (in teknaf)"),
            FieldChange(field: "place ukhiya", old: "Ukhiya", new: nil),
        ])
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
}
