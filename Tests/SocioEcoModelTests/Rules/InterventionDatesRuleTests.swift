import SocioEcoModel
import Testing

@Suite struct InterventionDatesRuleTests {
    @Test func theStartIsNotAfterTheEnd() {
        let p = RuleFixtures.programme([
            Intervention(id: "a", title: "A", levels: ["child"], start: CalendarDate("2024-07-01"), end: CalendarDate("2024-06-30")),
            Intervention(id: "b", title: "B", levels: ["child"], start: CalendarDate("2024-07-01"), end: CalendarDate("2024-07-01")),
            Intervention(id: "c", title: "C", levels: ["child"], start: CalendarDate("2024-07-01")),
            Intervention(id: "d", title: "D", levels: ["child"], end: CalendarDate("2024-01-01")),
        ])
        expectProblems(p, code: .interventionDates, [
            ExpectedProblem(path: .interventionStart(0), message: "intervention 'a' starts on 2024-07-01 but ends on 2024-06-30; its start must not be after its end"),
        ])
    }
}
