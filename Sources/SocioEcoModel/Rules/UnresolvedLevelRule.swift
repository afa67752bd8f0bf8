/// Every level an intervention names is a level of the framework.
struct UnresolvedLevelRule: FormatRule {
    var code: ModelProblem.Code { .unresolvedLevel }

    static func message(_ level: Level.ID, framework: String, expected: String) -> String {
        "level '\(level)' is not a level of framework \(framework); expected one of \(expected)"
    }

    func check(_ context: RuleContext, into problems: inout [ModelProblem]) {
        guard context.checksLevels else { return }
        let fw = context.programme.framework
        let all = context.programme.interventions
        for i in all.indices {
            let levels = all[i].levels
            let seen = SmallIndex(levels)
            for k in levels.indices where !fw.contains(levels[k]) && !seen.isRepeat(at: k) {
                problems.append(ModelProblem(code: code, message: Self.message(levels[k], framework: fw.displayID, expected: context.levelList),
                                             path: .interventionLevel(i, k)))
            }
        }
    }
}
