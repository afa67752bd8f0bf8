import SocioEcoModel

/// A risk (Pillar 2 standard) that interventions address at one level only.
struct RiskSingleLevelRule: FindingRule {
    var code: Finding.Code { .riskSingleLevel }

    func check(_ context: FindingContext, into findings: inout [Finding]) {
        for r in context.risks where r.levels.count == 1 {
            findings.append(Finding(code: code, subject: .standard(r.risk),
                message: "The risk \(context.name(r.risk)) is addressed at \(context.name(r.levels[0])) only. Risks are best tackled at several levels at once."))
        }
    }
}
