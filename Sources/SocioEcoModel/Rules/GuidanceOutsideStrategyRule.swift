/// Guidance entries stand only in a strategy standard of a custom framework: an entry is
/// a kind of intervention that puts its standard into practice, and a suggested
/// intervention links to it as its strategy.
struct GuidanceOutsideStrategyRule: FormatRule {
    var code: ModelProblem.Code { .guidanceOutsideStrategy }

    static func message(_ standard: Standard.ID, count: Int) -> String {
        let entries = count == 1 ? "a guidance entry" : "\(count) guidance entries"
        return "standard '\(standard)' is not a strategy standard but carries \(entries); move them to the strategy standard they put into practice, or mark this standard as a strategy"
    }

    func check(_ context: RuleContext, into problems: inout [ModelProblem]) {
        let fw = context.programme.framework
        guard fw.kind == .custom else { return }
        for (i, standard) in fw.standards.enumerated() where !standard.isStrategy && !standard.guidance.isEmpty {
            problems.append(ModelProblem(code: code, message: Self.message(standard.id, count: standard.guidance.count),
                                         path: .frameworkGuidance(i, 0)))
        }
    }
}
