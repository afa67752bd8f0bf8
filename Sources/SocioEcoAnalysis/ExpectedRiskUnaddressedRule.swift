import SocioEcoModel

/// A Pillar 2 risk that a response to the programme's kind of crisis is expected to address
/// (`CrisisType.expectedRisks`, socioeco's reading of the CPMS 2019) and that no
/// intervention addresses. Only under CPMS 2019, whose standard ids the table names.
struct ExpectedRiskUnaddressedRule: FindingRule {
    var code: Finding.Code { .expectedRiskUnaddressed }

    func check(_ context: FindingContext, into findings: inout [Finding]) {
        guard context.framework.kind == .cpms2019, let crisis = context.programme.context?.crisis else { return }
        let expected = crisis.expectedRisks
        guard !expected.isEmpty else { return }
        var addressed = Set<Standard.ID>()
        // By index: each item read in place, not copied (a copy retains all its lists).
        let interventions = context.programme.interventions
        for i in interventions.indices { addressed.formUnion(interventions[i].standards) }
        // Framework order, as every other finding about standards.
        let order = context.framework.standards.map(\.id)
        let missing = expected.filter { !addressed.contains($0.standard) }
            .sorted { (order.firstIndex(of: $0.standard) ?? .max) < (order.firstIndex(of: $1.standard) ?? .max) }
        for risk in missing {
            findings.append(Finding(code: code, subject: .standard(risk.standard),
                message: "A response to \(Self.describe(crisis)) is expected to address \(context.name(risk.standard)): \(Self.lowerFirst(risk.reason)) No intervention addresses it yet. Check whether it applies here; if it does, plan an intervention for it or link an existing one to standard \(risk.standard)."))
        }
    }

    /// "an earthquake or flood": the crisis in the words of a coordination meeting.
    static func describe(_ crisis: CrisisType) -> String {
        switch crisis {
        case .armedConflict: return "armed conflict"
        case .naturalDisaster: return "a natural disaster"
        case .epidemic: return "an epidemic"
        case .displacement: return "displacement"
        case .mixedMigration: return "mixed migration"
        case .complex: return "a complex crisis"
        case .other: return "this crisis"
        }
    }

    private static func lowerFirst(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.lowercased() + s.dropFirst()
    }
}
