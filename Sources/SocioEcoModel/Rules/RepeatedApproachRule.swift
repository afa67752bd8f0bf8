/// At most one standard of a custom framework is the socio-ecological approach: reports
/// show one approach, met or not, and a second would contradict the first.
struct RepeatedApproachRule: FormatRule {
    var code: ModelProblem.Code { .repeatedApproach }

    static func message(_ standard: Standard, first: Standard) -> String {
        "standard '\(standard.id)' is marked approach=\"true\" as standard '\(first.id)' already is; a framework has one approach standard at most, so keep the mark on one of them"
    }

    func check(_ context: RuleContext, into problems: inout [ModelProblem]) {
        let fw = context.programme.framework
        guard fw.kind == .custom else { return }
        var first: Int?
        for (i, standard) in fw.standards.enumerated() where standard.isApproach {
            if let first {
                problems.append(ModelProblem(code: code, message: Self.message(standard, first: fw.standards[first]),
                                             path: .frameworkStandard(i), related: .frameworkStandard(first)))
            } else {
                first = i
            }
        }
    }
}
