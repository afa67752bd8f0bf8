/// Each guidance entry of a custom framework works at levels of that framework, each
/// named once: a suggestion is offered for a hole at one of its levels, and a level the
/// framework lacks could never be one.
struct GuidanceLevelRule: FormatRule {
    var code: ModelProblem.Code { .guidanceLevel }

    static func unknownMessage(_ entry: GuidanceEntry.ID, _ level: Level.ID, expected: String) -> String {
        "guidance entry '\(entry)' names level '\(level)', which is not a level of this framework; expected one of \(expected)"
    }

    static func repeatedMessage(_ entry: GuidanceEntry.ID, _ level: Level.ID) -> String {
        "guidance entry '\(entry)' lists level '\(level)' twice in its levels; name each level once"
    }

    func check(_ context: RuleContext, into problems: inout [ModelProblem]) {
        let fw = context.programme.framework
        guard fw.kind == .custom else { return }
        for (i, standard) in fw.standards.enumerated() {
            for (k, entry) in standard.guidance.enumerated() {
                let seen = SmallIndex(entry.levels)
                for (n, level) in entry.levels.enumerated() {
                    if seen.isRepeat(at: n) {
                        problems.append(ModelProblem(code: code, message: Self.repeatedMessage(entry.id, level),
                                                     path: .frameworkGuidance(i, k)))
                    } else if context.checksLevels && !fw.contains(level) {
                        problems.append(ModelProblem(code: code, message: Self.unknownMessage(entry.id, level, expected: context.levelList),
                                                     path: .frameworkGuidance(i, k)))
                    }
                }
            }
        }
    }
}
