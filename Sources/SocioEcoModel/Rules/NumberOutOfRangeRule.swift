/// The revision, places' admin levels, and a custom framework's ranks and pillars, are
/// whole numbers in range.
struct NumberOutOfRangeRule: FormatRule {
    var code: ModelProblem.Code { .numberOutOfRange }

    /// The largest number the format holds: nine digits.
    static let largest = 999_999_999

    static func revisionMessage(_ revision: Int) -> String {
        "revision \(revision) is out of range; use a whole number from 0 to 999999999"
    }

    static func rankMessage(_ level: Level) -> String {
        "level '\(level.id)' has rank \(level.rank); ranks are whole numbers from 1 (the innermost level)"
    }

    static func pillarMessage(_ standard: Standard) -> String {
        "standard '\(standard.id)' has pillar \(standard.pillar); pillars are whole numbers from 1"
    }

    static func adminLevelMessage(_ place: Place, _ level: Int) -> String {
        "place '\(place.id)' has admin level \(level); admin levels are whole numbers from 0 (the country) to 5"
    }

    func check(_ context: RuleContext, into problems: inout [ModelProblem]) {
        let p = context.programme
        if let r = p.revision, !(0...Self.largest).contains(r) {
            problems.append(ModelProblem(code: code, message: Self.revisionMessage(r), path: .programme))
        }
        for (i, place) in p.places.enumerated() {
            if let level = place.adminLevel, !Place.adminLevels.contains(level) {
                problems.append(ModelProblem(code: code, message: Self.adminLevelMessage(place, level), path: .place(i)))
            }
        }
        guard p.framework.kind == .custom else { return }
        for (i, level) in p.framework.levels.enumerated() where !(1...Self.largest).contains(level.rank) {
            problems.append(ModelProblem(code: code, message: Self.rankMessage(level), path: .frameworkLevel(i)))
        }
        for (i, standard) in p.framework.standards.enumerated() where !(1...Self.largest).contains(standard.pillar) {
            problems.append(ModelProblem(code: code, message: Self.pillarMessage(standard), path: .frameworkStandard(i)))
        }
    }
}
