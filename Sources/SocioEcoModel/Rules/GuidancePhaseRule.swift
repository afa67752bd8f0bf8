/// A guidance entry of a custom framework names each phase it fits once: ranking
/// prefers entries that fit the phase most of the programme is in.
struct GuidancePhaseRule: FormatRule {
    var code: ModelProblem.Code { .guidancePhase }

    static func repeatedMessage(_ entry: GuidanceEntry.ID, _ phase: Phase) -> String {
        "guidance entry '\(entry)' lists phase '\(phase.rawValue)' twice in its phases; name each phase once"
    }

    func check(_ context: RuleContext, into problems: inout [ModelProblem]) {
        let fw = context.programme.framework
        guard fw.kind == .custom else { return }
        for (i, standard) in fw.standards.enumerated() {
            for (k, entry) in standard.guidance.enumerated() {
                var seen: Set<Phase> = []
                for phase in entry.phases where !seen.insert(phase).inserted {
                    problems.append(ModelProblem(code: code, message: Self.repeatedMessage(entry.id, phase), path: .frameworkGuidance(i, k)))
                }
            }
        }
    }
}
