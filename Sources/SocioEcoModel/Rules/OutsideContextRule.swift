/// An intervention's dates lie inside the programme's period, on each side the context
/// gives: the coverage over time is read between those dates.
struct OutsideContextRule: FormatRule {
    var code: ModelProblem.Code { .outsideContext }

    /// - Parameters:
    ///   - side: `starts` or `ends`, for the intervention's date.
    ///   - bound: the context's date it breaks, `before` its start or `after` its end.
    static func message(_ intervention: Intervention.ID, _ side: String, on date: CalendarDate,
                        before: Bool, _ bound: CalendarDate) -> String {
        let breach = before ? "before the context starts on \(bound)" : "after the context ends on \(bound)"
        return "intervention '\(intervention)' \(side) on \(date), \(breach); its dates must lie inside the context's"
    }

    func check(_ context: RuleContext, into problems: inout [ModelProblem]) {
        guard let c = context.programme.context, c.start != nil || c.end != nil else { return }
        // An inverted context is `ContextDatesRule`'s; every date would echo it.
        if let s = c.start, let e = c.end, s > e { return }
        let all = context.programme.interventions
        for i in all.indices {
            func check(_ date: CalendarDate?, _ side: String, at path: ElementPath) {
                guard let date else { return }
                if let s = c.start, date < s {
                    problems.append(ModelProblem(code: code, message: Self.message(all[i].id, side, on: date, before: true, s), path: path))
                } else if let e = c.end, date > e {
                    problems.append(ModelProblem(code: code, message: Self.message(all[i].id, side, on: date, before: false, e), path: path))
                }
            }
            check(all[i].start, "starts", at: .interventionStart(i))
            check(all[i].end, "ends", at: .interventionEnd(i))
        }
    }
}
