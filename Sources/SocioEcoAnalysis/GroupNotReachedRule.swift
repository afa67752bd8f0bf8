import SocioEcoModel

/// A covered level where no intervention says it reaches one of the watched groups.
struct GroupNotReachedRule: FindingRule {
    var code: Finding.Code { .groupNotReached }

    func check(_ context: FindingContext, into findings: inout [Finding]) {
        for (l, r) in zip(context.levels, context.reach) where l.isCovered {
            for group in CoverageAnalysis.watchedGroups where !r.reaches(group) {
                findings.append(Finding(code: code, subject: .group(group, l.level.id),
                    message: "No intervention at \(context.name(l.level)) says it reaches \(group.rawValue.split(separator: "-").joined(separator: " ")). Check whether they are left out there; if they are, adapt an intervention to reach them, and if they are reached, say so on the intervention."))
            }
        }
    }
}
