import SocioEcoModel

/// A level of the framework where no intervention works.
struct UncoveredLevelRule: FindingRule {
    var code: Finding.Code { .uncoveredLevel }

    func check(_ context: FindingContext, into findings: inout [Finding]) {
        for l in context.levels where !l.isCovered {
            findings.append(Finding(code: code, subject: .level(l.level.id),
                message: "Nothing in the programme works at \(context.name(l.level)), so children get no protection there. Plan at least one intervention at this level, with an agency that can lead it."))
        }
    }
}
