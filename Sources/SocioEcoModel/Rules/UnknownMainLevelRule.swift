/// The main levels of a custom framework's standard are levels of that framework.
struct UnknownMainLevelRule: FormatRule {
    var code: ModelProblem.Code { .unknownMainLevel }

    static func message(_ standard: Standard.ID, _ level: Level.ID, expected: String) -> String {
        "standard '\(standard)' names level '\(level)', which is not a level of this framework; expected one of \(expected)"
    }

    func check(_ context: RuleContext, into problems: inout [ModelProblem]) {
        let fw = context.programme.framework
        guard fw.kind == .custom else { return }
        for (i, standard) in fw.standards.enumerated() {
            let seen = SmallIndex(standard.mainLevels)
            // A repeat is `RepeatedMainLevelRule`'s, said once.
            for (k, level) in standard.mainLevels.enumerated() where !seen.isRepeat(at: k) && !fw.contains(level) {
                problems.append(ModelProblem(code: code, message: Self.message(standard.id, level, expected: context.levelList),
                                             path: .frameworkStandard(i)))
            }
        }
    }
}
