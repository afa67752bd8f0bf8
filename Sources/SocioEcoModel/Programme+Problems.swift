extension Programme {
    /// Every breach of the format's rules in this model, each once, in document order.
    ///
    /// Covers the semantic rules (refs resolve, ids unique, no dependency cycle, no
    /// repeats, custom framework consistency, context dates) and the shape rules a model
    /// built in code could break (id syntax, blank titles, sizes): one `FormatRule` each,
    /// listed in `FormatRules.all`.
    /// - Parameter includingShapeRules: false leaves out the codes that
    ///   `ModelProblem.Code.isCheckedBySchema` names, for a reader that checked them already.
    public func problems(includingShapeRules: Bool = true) -> [ModelProblem] {
        let context = RuleContext(programme: self)
        let rules = FormatRules.all.filter { includingShapeRules || !$0.code.isCheckedBySchema }
        let problems = RuleRunner.reports(of: rules, inParallel: interventions.count >= RuleRunner.parallelFrom) {
            $0.check(context, into: &$1)
        }
        // Problems at one place with one code come from one rule, in the order it found
        // them; the position keeps that order whatever the sort algorithm.
        return problems.indices
            .sorted { (problems[$0].path, problems[$0].code.rawValue, $0) < (problems[$1].path, problems[$1].code.rawValue, $1) }
            .map { problems[$0] }
    }

    /// Whether `problems()` is empty.
    public var isValid: Bool { problems().isEmpty }
}
