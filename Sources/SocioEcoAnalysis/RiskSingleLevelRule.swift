import SocioEcoModel

/// A risk (Pillar 2 standard) that interventions address at one level only.
struct RiskSingleLevelRule: FindingRule {
    var code: Finding.Code { .riskSingleLevel }

    func check(_ context: FindingContext, into findings: inout [Finding]) {
        for r in context.risks where r.levels.count == 1 {
            findings.append(Finding(code: code, subject: .standard(r.risk),
                message: "\(context.upperFirst(context.name(r.risk))) is addressed only at \(context.name(r.levels[0])). A risk is reduced best by work at several levels at once: consider adding work on it at another level."))
        }
    }
}
