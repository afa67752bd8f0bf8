/// Every id and every ref has the shape `IdentifierRule` describes.
struct MalformedIDRule: FormatRule {
    var code: ModelProblem.Code { .malformedID }

    /// - Parameter what: how the id is known in the model, such as `agency id` or `partner agency`.
    static func message(_ what: String, _ raw: String) -> String {
        "\(what) '\(raw)' is not a valid id; \(IdentifierRule.advice)"
    }

    func check(_ context: RuleContext, into problems: inout [ModelProblem]) {
        func check(_ raw: String, _ what: String, at path: ElementPath) {
            if !Identifier<Never>.isWellFormed(raw) {
                problems.append(ModelProblem(code: code, message: Self.message(what, raw), path: path))
            }
        }
        let p = context.programme
        check(p.id.rawValue, "programme id", at: .programme)
        if p.framework.kind == .custom {
            for (i, level) in p.framework.levels.enumerated() { check(level.id.rawValue, "level id", at: .frameworkLevel(i)) }
            for (i, standard) in p.framework.standards.enumerated() {
                check(standard.id.rawValue, "standard id", at: .frameworkStandard(i))
                for (k, entry) in standard.guidance.enumerated() {
                    check(entry.id.rawValue, "guidance entry id", at: .frameworkGuidance(i, k))
                    for level in entry.levels { check(level.rawValue, "guidance level", at: .frameworkGuidance(i, k)) }
                }
            }
        }
        for (i, agency) in p.agencies.enumerated() { check(agency.id.rawValue, "agency id", at: .agency(i)) }
        for (i, place) in p.places.enumerated() {
            check(place.id.rawValue, "place id", at: .place(i))
            if let parent = place.parent { check(parent.rawValue, "parent place", at: .place(i)) }
        }
        let all = p.interventions
        for i in all.indices {
            check(all[i].id.rawValue, "intervention id", at: .intervention(i))
            if let lead = all[i].lead { check(lead.rawValue, "lead agency", at: .intervention(i)) }
            for (k, level) in all[i].levels.enumerated() { check(level.rawValue, "level", at: .interventionLevel(i, k)) }
            for (k, standard) in all[i].standards.enumerated() { check(standard.rawValue, "standard", at: .interventionStandard(i, k)) }
            for (k, group) in all[i].reaches.enumerated() { check(group.rawValue, "group", at: .interventionReaches(i, k)) }
            for (k, partner) in all[i].partners.enumerated() { check(partner.rawValue, "partner agency", at: .interventionPartner(i, k)) }
            for (k, place) in all[i].places.enumerated() { check(place.rawValue, "place", at: .interventionPlace(i, k)) }
            for (k, indicator) in all[i].indicators.enumerated() { check(indicator.id.rawValue, "indicator id", at: .interventionIndicator(i, k)) }
            for (k, dep) in all[i].dependsOn.enumerated() { check(dep.rawValue, "dependency", at: .interventionDependsOn(i, k)) }
        }
    }
}
