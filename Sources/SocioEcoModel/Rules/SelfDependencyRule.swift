/// No intervention depends on itself.
struct SelfDependencyRule: FormatRule {
    var code: ModelProblem.Code { .selfDependency }

    static func fault(_ intervention: Intervention.ID) -> String {
        "intervention '\(intervention)' depends on itself"
    }

    func check(_ context: RuleContext, into problems: inout [ModelProblem]) {
        let all = context.programme.interventions
        for i in all.indices {
            let deps = all[i].dependsOn
            guard !deps.isEmpty else { continue }
            let id = all[i].id
            let seen = SmallIndex(deps)
            for k in deps.indices where deps[k] == id && !seen.isRepeat(at: k) {
                problems.append(ModelProblem(code: code, fault: Self.fault(id), remedy: .removeDependency, path: .interventionDependsOn(i, k)))
            }
        }
    }
}
