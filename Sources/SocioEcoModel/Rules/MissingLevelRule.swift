/// Every intervention works at one level at least.
struct MissingLevelRule: FormatRule {
    var code: ModelProblem.Code { .missingLevel }

    static func fault(_ intervention: Intervention.ID) -> String {
        "intervention '\(intervention)' works at no level"
    }

    func check(_ context: RuleContext, into problems: inout [ModelProblem]) {
        let all = context.programme.interventions
        for i in all.indices where all[i].levels.isEmpty {
            problems.append(ModelProblem(code: code, fault: Self.fault(all[i].id), remedy: .addLevel, path: .intervention(i)))
        }
    }
}
