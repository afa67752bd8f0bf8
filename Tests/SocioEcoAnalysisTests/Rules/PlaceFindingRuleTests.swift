import SocioEcoAnalysis
import SocioEcoModel
import Testing

/// Findings about places and time: a level missing in one place, a level missing for a while.
@Suite struct PlaceFindingRuleTests {
    static let places = [
        Place(id: "ukhiya", name: "Ukhiya", pcode: "BD202294"),
        Place(id: "camp-1e", name: "Camp 1E", parent: "ukhiya"),
        Place(id: "camp-2w", name: "Camp 2W", parent: "ukhiya"),
        Place(id: "teknaf", name: "Teknaf", pcode: "BD202290"),
        Place(id: "shamlapur", name: "Shamlapur", parent: "teknaf"),
    ]

    @Test func innermostPlacesWithoutALevelCoveredElsewhere() {
        let p = Programme(id: "p", title: "P", places: Self.places, interventions: [
            Intervention(id: "a", title: "A", levels: ["child", "family", "community"], places: ["camp-1e"]),
            Intervention(id: "b", title: "B", levels: ["child"], places: ["ukhiya"]),
            Intervention(id: "c", title: "C", levels: ["community"], places: ["camp-1e", "shamlapur"]),
            Intervention(id: "d", title: "D", levels: ["society"], places: ["teknaf"]),
        ])
        expectFindings(p, code: .placeLevelUncovered, [
            ExpectedFinding(subject: .placeLevel("camp-1e", "society"),
                message: "In Camp 1E, no intervention works at the society level, while Shamlapur has 1 intervention there. Ask whether the agencies working nearby can extend their work to Camp 1E."),
            ExpectedFinding(subject: .placeLevel("camp-2w", "family"),
                message: "In Camp 2W, no intervention works at the family level, while Camp 1E has 1 intervention there. Ask whether the agencies working nearby can extend their work to Camp 2W."),
            ExpectedFinding(subject: .placeLevel("camp-2w", "community"),
                message: "In Camp 2W, no intervention works at the community level, while Camp 1E has 2 interventions there. Ask whether the agencies working nearby can extend their work to Camp 2W."),
            ExpectedFinding(subject: .placeLevel("camp-2w", "society"),
                message: "In Camp 2W, no intervention works at the society level, while Shamlapur has 1 intervention there. Ask whether the agencies working nearby can extend their work to Camp 2W."),
            ExpectedFinding(subject: .placeLevel("shamlapur", "child"),
                message: "In Shamlapur, no intervention works at the child level, while Camp 1E has 2 interventions there. Ask whether the agencies working nearby can extend their work to Shamlapur."),
            ExpectedFinding(subject: .placeLevel("shamlapur", "family"),
                message: "In Shamlapur, no intervention works at the family level, while Camp 1E has 1 intervention there. Ask whether the agencies working nearby can extend their work to Shamlapur."),
        ])
    }

    @Test func thePcodeIsGivenAndASiblingIsPreferred() {
        let p = Programme(id: "p", title: "P", places: [
            Place(id: "ukhiya", name: "Ukhiya", pcode: "BD202294"),
            Place(id: "teknaf", name: "Teknaf", pcode: "BD202290"),
        ], interventions: [
            Intervention(id: "a", title: "A", levels: ["society"], places: ["ukhiya"]),
            Intervention(id: "b", title: "B", levels: ["society"], places: ["ukhiya"]),
            Intervention(id: "c", title: "C", levels: ["child"]),
        ])
        expectFindings(p, code: .placeLevelUncovered, [
            ExpectedFinding(subject: .placeLevel("teknaf", "society"),
                message: "In Teknaf (BD202290), no intervention works at the society level, while Ukhiya has 2 interventions there. Ask whether the agencies working nearby can extend their work to Teknaf."),
        ])
    }

    @Test func noPlacesNoPlaceFindings() {
        expectFindings(FindingFixtures.programme([Intervention(id: "a", title: "A", levels: ["child"])]), code: .placeLevelUncovered, [])
    }

    static func d(_ s: String) -> CalendarDate { CalendarDate(s)! }

    @Test func levelsWithoutARunningInterventionForAWhile() {
        let p = Programme(id: "p", title: "P", context: Context(start: Self.d("2024-01-01"), end: Self.d("2024-12-31")), interventions: [
            Intervention(id: "cash-plus", title: "C", levels: ["family"], end: Self.d("2024-06-30")),
            Intervention(id: "clubs", title: "K", levels: ["child"], start: Self.d("2024-03-01")),
            Intervention(id: "spaces", title: "S", levels: ["child"], start: Self.d("2024-01-01"), end: Self.d("2024-01-31")),
            Intervention(id: "norms", title: "N", levels: ["society"], start: Self.d("2024-02-01"), end: Self.d("2024-05-31")),
            Intervention(id: "radio", title: "R", levels: ["society"], start: Self.d("2024-06-01"), end: Self.d("2024-11-30")),
            // Community: one short, one without dates that runs throughout; no gap.
            Intervention(id: "short", title: "S", levels: ["community"], end: Self.d("2024-02-01")),
            Intervention(id: "throughout", title: "T", levels: ["community"]),
        ])
        expectFindings(p, code: .levelGapInTime, [
            ExpectedFinding(subject: .level("child"),
                message: "From 2024-02-01 to 2024-02-29 no intervention works at the child level (after “S” (spaces) ended on 2024-01-31). Extend an intervention, or plan one, to cover that period."),
            ExpectedFinding(subject: .level("family"),
                message: "From 2024-07-01 to 2024-12-31 no intervention works at the family level (after “C” (cash-plus) ended on 2024-06-30). Extend an intervention, or plan one, to cover that period."),
            ExpectedFinding(subject: .level("society"),
                message: "From 2024-01-01 to 2024-01-31 no intervention works at the society level (until “N” (norms) starts on 2024-02-01). Extend an intervention, or plan one, to cover that period."),
            ExpectedFinding(subject: .level("society"),
                message: "From 2024-12-01 to 2024-12-31 no intervention works at the society level (after “R” (radio) ended on 2024-11-30). Extend an intervention, or plan one, to cover that period."),
        ])
    }

    @Test func noGapInTimeWithoutBothContextDates() {
        let p = Programme(id: "p", title: "P", context: Context(start: Self.d("2024-01-01")), interventions: [
            Intervention(id: "cash-plus", title: "C", levels: ["family"], end: Self.d("2024-06-30")),
        ])
        expectFindings(p, code: .levelGapInTime, [])
    }
}
