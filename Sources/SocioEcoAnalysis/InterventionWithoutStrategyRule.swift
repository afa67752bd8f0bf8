import SocioEcoModel

/// An intervention linked to no strategy standard.
struct InterventionWithoutStrategyRule: FindingRule {
    var code: Finding.Code { .interventionWithoutStrategy }

    func check(_ context: FindingContext, into findings: inout [Finding]) {
        for id in context.withoutStrategy {
            findings.append(Finding(code: code, subject: .intervention(id),
                message: "Intervention \(id) is linked to no strategy standard. Say which strategy it implements."))
        }
    }

    func summary(count: Int) -> String? {
        "\(count) interventions are linked to no strategy standard. Say which strategy each implements."
    }
}
