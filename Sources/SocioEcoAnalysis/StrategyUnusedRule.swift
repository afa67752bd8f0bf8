import SocioEcoModel

/// A strategy standard that no intervention links to. The approach standard (CPMS 14) is
/// met by the programme as a whole, which `uncovered-level` speaks for, so it is never unused.
struct StrategyUnusedRule: FindingRule {
    var code: Finding.Code { .strategyUnused }

    func check(_ context: FindingContext, into findings: inout [Finding]) {
        for (s, n) in zip(context.strategies, context.strategyUse) where n == 0 && !s.isApproach {
            findings.append(Finding(code: code, subject: .standard(s.id),
                message: "No intervention puts \(context.name(s)) into practice. If the response needs it, plan an intervention or link an existing one to it; if not, record why."))
        }
    }
}
