/// A custom framework has at least two levels and one standard.
struct FrameworkSizeRule: FormatRule {
    var code: ModelProblem.Code { .frameworkSize }

    static func levelsMessage(_ count: Int) -> String {
        "a custom framework needs at least two levels; it has \(count)"
    }

    static let standardsMessage = "a custom framework needs at least one standard"

    func check(_ context: RuleContext, into problems: inout [ModelProblem]) {
        let fw = context.programme.framework
        guard fw.kind == .custom else { return }
        if fw.levels.count < 2 {
            problems.append(ModelProblem(code: code, message: Self.levelsMessage(fw.levels.count), path: .framework))
        }
        if fw.standards.isEmpty {
            problems.append(ModelProblem(code: code, message: Self.standardsMessage, path: .framework))
        }
    }
}
