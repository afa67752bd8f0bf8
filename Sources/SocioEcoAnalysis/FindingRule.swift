import SocioEcoModel

/// One rule of the coverage analysis: the findings of one code, each with its subject
/// and message.
///
/// Adding a finding is adding a rule type to `FindingRules.all` and a test of its own
/// under `Tests/SocioEcoAnalysisTests/Rules/`; the completeness tests fail on a code
/// without either.
protocol FindingRule: Sendable {
    /// The code of every finding the rule makes.
    var code: Finding.Code { get }

    /// Appends the rule's findings about `context`, in subject order.
    func check(_ context: FindingContext, into findings: inout [Finding])

    /// One sentence for `count` findings of the rule, when a report for people groups
    /// them (`FindingGroup`); nil for a rule whose findings always stand alone.
    func summary(count: Int) -> String?
}

extension FindingRule {
    func summary(count: Int) -> String? { nil }
}
