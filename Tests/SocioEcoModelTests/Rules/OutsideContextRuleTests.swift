import SocioEcoModel
import Testing

@Suite struct OutsideContextRuleTests {
    static let interventions = [
        Intervention(id: "early", title: "A", levels: ["child"], start: CalendarDate("2023-12-31"), end: CalendarDate("2024-03-01")),
        Intervention(id: "late", title: "B", levels: ["child"], start: CalendarDate("2024-06-01"), end: CalendarDate("2025-01-01")),
        Intervention(id: "after", title: "C", levels: ["child"], start: CalendarDate("2025-02-01")),
        Intervention(id: "inside", title: "D", levels: ["child"], start: CalendarDate("2024-01-01"), end: CalendarDate("2024-12-31")),
    ]

    @Test func datesLieInsideTheContexts() {
        var p = RuleFixtures.programme(Self.interventions)
        p.context = Context(start: CalendarDate("2024-01-01"), end: CalendarDate("2024-12-31"))
        expectProblems(p, code: .outsideContext, [
            ExpectedProblem(path: .interventionStart(0), message: "intervention 'early' starts on 2023-12-31, before the context starts on 2024-01-01; its dates must lie inside the context's"),
            ExpectedProblem(path: .interventionEnd(1), message: "intervention 'late' ends on 2025-01-01, after the context ends on 2024-12-31; its dates must lie inside the context's"),
            ExpectedProblem(path: .interventionStart(2), message: "intervention 'after' starts on 2025-02-01, after the context ends on 2024-12-31; its dates must lie inside the context's"),
        ])
    }

    @Test func onlyTheSidesTheContextGivesAreChecked() {
        var p = RuleFixtures.programme(Self.interventions)
        p.context = Context(start: CalendarDate("2024-01-01"))
        expectProblems(p, code: .outsideContext, [
            ExpectedProblem(path: .interventionStart(0), message: "intervention 'early' starts on 2023-12-31, before the context starts on 2024-01-01; its dates must lie inside the context's"),
        ])
        p.context = Context(location: "Teknaf")
        expectProblems(p, code: .outsideContext, [])
        // An inverted context is reported once, by its own rule.
        p.context = Context(start: CalendarDate("2025-01-01"), end: CalendarDate("2024-01-01"))
        expectProblems(p, code: .outsideContext, [])
    }
}
