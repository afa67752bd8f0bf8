/// The context's period does not end before it starts.
struct ContextDatesRule: FormatRule {
    var code: ModelProblem.Code { .contextDates }

    static func message(start: CalendarDate, end: CalendarDate) -> String {
        "the context starts on \(start) but ends on \(end); the start must not be after the end"
    }

    func check(_ context: RuleContext, into problems: inout [ModelProblem]) {
        if let c = context.programme.context, let s = c.start, let e = c.end, s > e {
            problems.append(ModelProblem(code: code, message: Self.message(start: s, end: e), path: .context))
        }
    }
}
