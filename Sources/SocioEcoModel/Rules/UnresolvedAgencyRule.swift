/// The lead and the partners of every intervention are agencies the programme declares.
struct UnresolvedAgencyRule: FormatRule {
    var code: ModelProblem.Code { .unresolvedAgency }

    static func leadFault(_ agency: Agency.ID, of intervention: Intervention.ID) -> String {
        "lead agency '\(agency)' of intervention '\(intervention)' is not declared"
    }

    static func partnerFault(_ agency: Agency.ID, of intervention: Intervention.ID) -> String {
        "partner agency '\(agency)' of intervention '\(intervention)' is not declared"
    }

    func check(_ context: RuleContext, into problems: inout [ModelProblem]) {
        let all = context.programme.interventions
        // Listed once, when the first undeclared agency needs it.
        var declared: String?
        func report(_ fault: String, at path: ElementPath) {
            if declared == nil { declared = context.agencyList }
            problems.append(ModelProblem(code: code, fault: fault, remedy: .declareAgency(declared: declared!), path: path))
        }
        for i in all.indices {
            let lead = all[i].lead
            if let lead, context.agencyFirst[lead] == nil {
                report(Self.leadFault(lead, of: all[i].id), at: .intervention(i))
            }
            let partners = all[i].partners
            guard !partners.isEmpty else { continue }
            let seen = SmallIndex(partners)
            // A repeat and a lead named as partner are other rules'.
            for k in partners.indices where context.agencyFirst[partners[k]] == nil && partners[k] != lead && !seen.isRepeat(at: k) {
                report(Self.partnerFault(partners[k], of: all[i].id), at: .interventionPartner(i, k))
            }
        }
    }
}
