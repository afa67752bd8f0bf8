import SocioEcoModel

/// A strategy standard that no intervention links to.
struct StrategyUnusedRule: FindingRule {
    var code: Finding.Code { .strategyUnused }

    func check(_ context: FindingContext, into findings: inout [Finding]) {
        for (s, n) in zip(context.strategies, context.strategyUse) where n == 0 {
            findings.append(Finding(code: code, subject: .standard(s.id),
                message: "No intervention puts \(context.name(s)) into practice. Link an intervention to it, or record why the strategy is not needed here."))
        }
    }
}
