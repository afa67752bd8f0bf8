import SocioEcoModel
import Testing

@Suite struct ContextDatesRuleTests {
    @Test func theStartIsNotAfterTheEnd() {
        var p = RuleFixtures.programme()
        p.context = Context(start: CalendarDate("2025-03-02"), end: CalendarDate("2025-03-01"))
        expectProblems(p, code: .contextDates, [
            ExpectedProblem(path: .context, message: "the context starts on 2025-03-02 but ends on 2025-03-01; the start must not be after the end"),
        ])
    }

    @Test func oneDayAndOpenEndsAreFine() {
        var p = RuleFixtures.programme()
        p.context = Context(start: CalendarDate("2025-03-01"), end: CalendarDate("2025-03-01"))
        expectProblems(p, code: .contextDates, [])
        p.context = Context(start: CalendarDate("2025-03-01"))
        expectProblems(p, code: .contextDates, [])
    }
}
