/// An intervention does not end before it starts.
struct InterventionDatesRule: FormatRule {
    var code: ModelProblem.Code { .interventionDates }

    static func message(_ intervention: Intervention.ID, start: CalendarDate, end: CalendarDate) -> String {
        "intervention '\(intervention)' starts on \(start) but ends on \(end); its start must not be after its end"
    }

    func check(_ context: RuleContext, into problems: inout [ModelProblem]) {
        let all = context.programme.interventions
        for i in all.indices {
            guard let s = all[i].start, let e = all[i].end, s > e else { continue }
            problems.append(ModelProblem(code: code, message: Self.message(all[i].id, start: s, end: e), path: .interventionStart(i)))
        }
    }
}
