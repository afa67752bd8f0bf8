/// The agency that leads an intervention is not also its partner.
struct LeadIsPartnerRule: FormatRule {
    var code: ModelProblem.Code { .leadIsPartner }

    static func fault(_ agency: Agency.ID, _ intervention: Intervention.ID) -> String {
        "agency '\(agency)' leads intervention '\(intervention)' and is also listed as its partner"
    }

    func check(_ context: RuleContext, into problems: inout [ModelProblem]) {
        let all = context.programme.interventions
        for i in all.indices {
            guard let lead = all[i].lead else { continue }
            let partners = all[i].partners
            let seen = SmallIndex(partners)
            for k in partners.indices where partners[k] == lead && !seen.isRepeat(at: k) {
                problems.append(ModelProblem(code: code, fault: Self.fault(lead, all[i].id), remedy: .removePartner,
                                             path: .interventionPartner(i, k)))
            }
        }
    }
}
