/// Every standard an intervention names is a standard of the framework.
struct UnresolvedStandardRule: FormatRule {
    var code: ModelProblem.Code { .unresolvedStandard }

    /// - Parameter expected: `an id from 1 to 28`, or `one of ...` for a custom framework.
    static func message(_ standard: Standard.ID, framework: String, expected: String) -> String {
        "standard '\(standard)' is not a standard of framework \(framework); expected \(expected)"
    }

    func check(_ context: RuleContext, into problems: inout [ModelProblem]) {
        guard context.checksStandards else { return }
        let fw = context.programme.framework
        let all = context.programme.interventions
        for i in all.indices {
            let standards = all[i].standards
            let seen = SmallIndex(standards)
            for k in standards.indices where !fw.contains(standards[k]) && !seen.isRepeat(at: k) {
                problems.append(ModelProblem(code: code, message: Self.message(standards[k], framework: fw.displayID, expected: context.standardList),
                                             path: .interventionStandard(i, k)))
            }
        }
    }
}
