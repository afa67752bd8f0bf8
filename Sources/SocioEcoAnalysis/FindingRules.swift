import SocioEcoModel

/// The rules of the coverage analysis, each once, and the order their findings are listed in.
enum FindingRules {
    static let all: [any FindingRule] = [
        UncoveredLevelRule(),
        StrategyUnusedRule(),
        InterventionWithoutStrategyRule(),
        StrategyOffLevelRule(),
        RiskSingleLevelRule(),
        GroupNotReachedRule(),
        NoLocalLeadRule(),
        MissingIndicatorRule(),
        PlaceLevelUncoveredRule(),
        LevelGapInTimeRule(),
        ExpectedRiskUnaddressedRule(),
        DependencyOutOfOrderRule(),
    ]

    /// The rule that makes findings of `code`.
    static func rule(for code: Finding.Code) -> (any FindingRule)? {
        all.first { $0.code == code }
    }

    /// Every rule's findings, by severity, then code; each rule adds in subject order, and
    /// the original position breaks ties so the order never depends on the sort algorithm.
    /// The sort compares one number per finding, worked out once: a programme with tens
    /// of thousands of interventions can have tens of thousands of findings.
    static func findings(_ context: FindingContext) -> [Finding] {
        let findings = RuleRunner.reports(of: all, inParallel: context.timeline.count >= RuleRunner.parallelFrom) {
            $0.check(context, into: &$1)
        }
        let severities = Finding.Severity.allCases.sorted()
        let codes = Finding.Code.allCases.sorted()
        let keys = findings.map { f in
            severities.firstIndex(of: f.severity)! * codes.count + codes.firstIndex(of: f.code)!
        }
        return findings.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }.map { findings[$0] }
    }
}
