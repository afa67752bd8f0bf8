import SocioEcoModel

/// An intervention that starts before an intervention it depends on starts, or that
/// depends on one that is suspended: what it needs will not be there when it begins.
///
/// Dependencies are looked up among every intervention of the file, whatever the day
/// analysed, so that `--on` never hides the one depended on.
struct DependencyOutOfOrderRule: FindingRule {
    var code: Finding.Code { .dependencyOutOfOrder }

    func check(_ context: FindingContext, into findings: inout [Finding]) {
        var byID: [Intervention.ID: Int] = [:]
        for (i, item) in context.timeline.enumerated() where byID[item.id] == nil { byID[item.id] = i }
        for item in context.programme.interventions where !item.dependsOn.isEmpty {
            var early: [String] = []
            var suspended: [String] = []
            var seen = Set<Intervention.ID>()
            for ref in item.dependsOn where seen.insert(ref).inserted {
                guard let d = byID[ref].map({ context.timeline[$0] }), d.id != item.id else { continue }
                if d.status == .suspended { suspended.append(context.name(d)) }
                if let mine = item.start, let theirs = d.start, mine < theirs {
                    early.append(d.title.isEmpty ? "\(d.id) (starting \(theirs))" : "“\(d.title)” (\(d.id), starting \(theirs))")
                }
            }
            var parts: [String] = []
            if !early.isEmpty, let start = item.start {
                parts.append("Intervention \(context.name(item)) starts on \(start) but depends on \(Self.list(early))")
            }
            if !suspended.isEmpty {
                parts.append((parts.isEmpty ? "Intervention \(context.name(item)) depends on " : "; it also depends on ")
                             + Self.list(suspended) + (suspended.count == 1 ? ", which is suspended" : ", which are suspended"))
            }
            guard !parts.isEmpty else { continue }
            findings.append(Finding(code: code, subject: .intervention(item.id),
                message: parts.joined() + ". Move its start later, bring forward or resume what it needs, or record why it can go ahead."))
        }
    }

    private static func list(_ items: [String]) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
