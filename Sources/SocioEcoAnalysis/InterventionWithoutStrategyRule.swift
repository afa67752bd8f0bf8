import SocioEcoModel

/// An intervention linked to no strategy standard.
struct InterventionWithoutStrategyRule: FindingRule {
    var code: Finding.Code { .interventionWithoutStrategy }

    func check(_ context: FindingContext, into findings: inout [Finding]) {
        guard !context.withoutStrategy.isEmpty else { return }
        // Titles only for the few interventions named, so a large programme builds no table of all of them.
        let wanted = Set(context.withoutStrategy)
        var titles: [Intervention.ID: String] = [:]
        for item in context.programme.interventions where wanted.contains(item.id) && titles[item.id] == nil {
            titles[item.id] = item.title
        }
        for id in context.withoutStrategy {
            findings.append(Finding(code: code, subject: .intervention(id),
                message: "Intervention \(FindingContext.name(id, title: titles[id] ?? "")) names no strategy standard, so no strategy counts it. Add the standard it puts into practice."))
        }
    }

    func summary(count: Int) -> String? {
        "\(count) interventions name no strategy standard, so no strategy counts them. Add the standard each one puts into practice."
    }
}
