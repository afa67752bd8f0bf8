import SocioEcoModel

/// An intervention with no indicator to measure it by.
struct MissingIndicatorRule: FindingRule {
    var code: Finding.Code { .missingIndicator }

    func check(_ context: FindingContext, into findings: inout [Finding]) {
        let all = context.programme.interventions
        for i in all.indices where all[i].indicators.isEmpty {
            findings.append(Finding(code: code, subject: .intervention(all[i].id),
                message: "Intervention \(FindingContext.name(all[i].id, title: all[i].title)) has no indicator, so nobody can tell whether it is working. Add at least one indicator."))
        }
    }

    func summary(count: Int) -> String? {
        "\(count) interventions have no indicator, so nobody can tell whether they are working. Add at least one indicator to each."
    }
}
