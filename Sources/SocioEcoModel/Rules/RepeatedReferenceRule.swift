/// An intervention names each of its levels, standards, groups, partners, places and
/// dependencies once. The repeat is reported here only: the rules that resolve refs
/// skip it, so one slip gives one message.
struct RepeatedReferenceRule: FormatRule {
    var code: ModelProblem.Code { .repeatedReference }

    /// - Parameter kind: what the ref names: `level`, `standard`, `group`, `partner` or `place`.
    static func message(_ intervention: Intervention.ID, names kind: String, _ ref: String) -> String {
        "intervention '\(intervention)' names \(kind) '\(ref)' twice; name each \(kind) once"
    }

    static func dependencyMessage(_ intervention: Intervention.ID, _ dependency: Intervention.ID) -> String {
        "intervention '\(intervention)' depends on '\(dependency)' twice; name each dependency once"
    }

    func check(_ context: RuleContext, into problems: inout [ModelProblem]) {
        let all = context.programme.interventions
        for i in all.indices {
            let id = all[i].id
            func repeats<Tag>(_ refs: [Identifier<Tag>], _ message: (String) -> String, at path: (Int) -> ElementPath) {
                guard refs.count > 1 else { return }
                let seen = SmallIndex(refs)
                for k in refs.indices where seen.isRepeat(at: k) {
                    problems.append(ModelProblem(code: code, message: message(refs[k].rawValue), path: path(k)))
                }
            }
            repeats(all[i].levels, { Self.message(id, names: "level", $0) }, at: { .interventionLevel(i, $0) })
            repeats(all[i].standards, { Self.message(id, names: "standard", $0) }, at: { .interventionStandard(i, $0) })
            repeats(all[i].reaches, { Self.message(id, names: "group", $0) }, at: { .interventionReaches(i, $0) })
            repeats(all[i].partners, { Self.message(id, names: "partner", $0) }, at: { .interventionPartner(i, $0) })
            repeats(all[i].places, { Self.message(id, names: "place", $0) }, at: { .interventionPlace(i, $0) })
            repeats(all[i].dependsOn, { Self.dependencyMessage(id, Intervention.ID($0)) }, at: { .interventionDependsOn(i, $0) })
        }
    }
}
