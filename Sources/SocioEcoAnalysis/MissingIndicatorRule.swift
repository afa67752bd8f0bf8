import SocioEcoModel

/// An intervention with no indicator to measure it by.
struct MissingIndicatorRule: FindingRule {
    var code: Finding.Code { .missingIndicator }

    func check(_ context: FindingContext, into findings: inout [Finding]) {
        let all = context.programme.interventions
        for i in all.indices where all[i].indicators.isEmpty {
            findings.append(Finding(code: code, subject: .intervention(all[i].id),
                message: "Intervention \(all[i].id) has no indicator, so its progress cannot be measured. Add at least one."))
        }
    }

    func summary(count: Int) -> String? {
        "\(count) interventions have no indicator, so their progress cannot be measured. Add at least one to each."
    }
}
