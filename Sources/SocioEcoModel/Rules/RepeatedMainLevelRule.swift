/// A standard of a custom framework names each of its main levels once.
struct RepeatedMainLevelRule: FormatRule {
    var code: ModelProblem.Code { .repeatedMainLevel }

    static func message(_ standard: Standard.ID, _ level: Level.ID) -> String {
        "standard '\(standard)' lists level '\(level)' twice in its levels; name each level once"
    }

    func check(_ context: RuleContext, into problems: inout [ModelProblem]) {
        let fw = context.programme.framework
        guard fw.kind == .custom else { return }
        for (i, standard) in fw.standards.enumerated() {
            let seen = SmallIndex(standard.mainLevels)
            for (k, level) in standard.mainLevels.enumerated() where seen.isRepeat(at: k) {
                problems.append(ModelProblem(code: code, message: Self.message(standard.id, level), path: .frameworkStandard(i)))
            }
        }
    }
}
