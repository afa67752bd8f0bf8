/// Every intervention a `dependsOn` names is an intervention of the programme.
struct UnresolvedInterventionRule: FormatRule {
    var code: ModelProblem.Code { .unresolvedIntervention }

    static func message(_ intervention: Intervention.ID, _ dependency: Intervention.ID) -> String {
        "intervention '\(intervention)' depends on '\(dependency)', which is not an intervention of this file"
    }

    func check(_ context: RuleContext, into problems: inout [ModelProblem]) {
        let all = context.programme.interventions
        for i in all.indices {
            let deps = all[i].dependsOn
            guard !deps.isEmpty else { continue }
            let id = all[i].id
            let seen = SmallIndex(deps)
            // A dependency on itself and a repeat are other rules'.
            for k in deps.indices where context.interventionFirst[deps[k]] == nil && deps[k] != id && !seen.isRepeat(at: k) {
                problems.append(ModelProblem(code: code, message: Self.message(id, deps[k]), path: .interventionDependsOn(i, k)))
            }
        }
    }
}
