import SocioEcoModel

/// A strategy whose every linked intervention works outside the strategy's main levels;
/// never the approach standard, whose main levels are all levels.
struct StrategyOffLevelRule: FindingRule {
    var code: Finding.Code { .strategyOffLevel }

    func check(_ context: FindingContext, into findings: inout [Finding]) {
        for (i, s) in context.strategies.enumerated()
        where context.strategyUse[i] > 0 && !context.strategyOnMainLevel[i] && !s.mainLevels.isEmpty && !s.isApproach {
            findings.append(Finding(code: code, subject: .standard(s.id),
                message: "\(context.upperFirst(context.name(s))) mainly works at \(context.list(s.mainLevels.map(context.name))), but every intervention linked to it works elsewhere. Check that these interventions are linked to the right standard, or add work at those levels."))
        }
    }
}
