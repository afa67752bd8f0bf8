/// One rule of the programme format: the breaches of it that a model holds, under one
/// code, each with its message.
///
/// A rule reads the model through a `RuleContext` (the indexes several rules share are
/// built there once) and reports in document order; `Programme.problems()` runs every
/// rule of `FormatRules.all` and sorts what they report.
protocol FormatRule: Sendable {
    /// The code of every problem the rule reports.
    var code: ModelProblem.Code { get }

    /// Appends each breach of the rule in `context.programme` to `problems`.
    func check(_ context: RuleContext, into problems: inout [ModelProblem])
}
