/// No two levels of a custom framework share a rank: ranks order the rings.
struct DuplicateRankRule: FormatRule {
    var code: ModelProblem.Code { .duplicateRank }

    static func message(_ level: Level, takenBy first: Level) -> String {
        "level '\(level.id)' has rank \(level.rank), already taken by level '\(first.id)'; ranks order the levels and must be unique"
    }

    func check(_ context: RuleContext, into problems: inout [ModelProblem]) {
        let fw = context.programme.framework
        guard fw.kind == .custom else { return }
        var rankFirst: [Int: Int] = [:]
        // A rank out of range is `NumberOutOfRangeRule`'s; it takes no place here.
        for (i, level) in fw.levels.enumerated() where (1...NumberOutOfRangeRule.largest).contains(level.rank) {
            if let first = rankFirst[level.rank] {
                problems.append(ModelProblem(code: code, message: Self.message(level, takenBy: fw.levels[first]),
                                             path: .frameworkLevel(i), related: .frameworkLevel(first)))
            } else {
                rankFirst[level.rank] = i
            }
        }
    }
}
