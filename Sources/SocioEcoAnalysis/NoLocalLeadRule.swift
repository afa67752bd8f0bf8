import SocioEcoModel

/// A covered level where no intervention is led by a local or national actor.
struct NoLocalLeadRule: FindingRule {
    var code: Finding.Code { .noLocalLead }

    func check(_ context: FindingContext, into findings: inout [Finding]) {
        for l in context.localisation where l.interventions > 0 && l.locallyLed == 0 {
            findings.append(Finding(code: code, subject: .level(l.level),
                message: "No intervention at \(context.name(l.level)) is led by a local or national organisation. Consider giving one the lead of some of the work there, with the support it needs."))
        }
    }
}
