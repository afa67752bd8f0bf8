import SocioEcoModel

/// An intervention that starts before an intervention it depends on starts, or that
/// depends on one that is suspended: what it needs will not be there when it begins.
///
/// Dependencies are looked up among every intervention of the file, whatever the day
/// analysed, so that `--on` never hides the one depended on.
struct DependencyOutOfOrderRule: FindingRule {
    var code: Finding.Code { .dependencyOutOfOrder }

    func check(_ context: FindingContext, into findings: inout [Finding]) {
        // Interventions are read in place, by index: copying one costs a retain and a
        // release of each of its strings and lists, and this runs once per dependency.
        let timeline = context.timeline
        var byID: [Intervention.ID: Int] = [:]
        byID.reserveCapacity(timeline.count)
        // Each id's first position, with one probe of the table per id (inserting `i`
        // unless the id is there): with a million interventions each probe is a cache miss.
        for i in timeline.indices { _ = Self.value(&byID[timeline[i].id, default: i]) }
        let interventions = context.programme.interventions
        for k in interventions.indices where !interventions[k].dependsOn.isEmpty {
            let id = interventions[k].id, start = interventions[k].start
            var early: [String] = []
            var suspended: [String] = []
            for ref in Self.distinct(interventions[k].dependsOn) {
                guard let j = byID[ref], timeline[j].id != id else { continue }
                if timeline[j].status == .suspended { suspended.append(FindingContext.name(timeline[j].id, title: timeline[j].title)) }
                if let mine = start, let theirs = timeline[j].start, mine < theirs {
                    let d = timeline[j]
                    early.append(d.title.isEmpty ? "\(d.id) (starting \(theirs))" : "“\(d.title)” (\(d.id), starting \(theirs))")
                }
            }
            var parts: [String] = []
            if !early.isEmpty, let start {
                parts.append("Intervention \(FindingContext.name(interventions[k].id, title: interventions[k].title)) starts on \(start) but depends on \(Self.list(early))")
            }
            if !suspended.isEmpty {
                parts.append((parts.isEmpty ? "Intervention \(FindingContext.name(interventions[k].id, title: interventions[k].title)) depends on " : "; it also depends on ")
                             + Self.list(suspended) + (suspended.count == 1 ? ", which is suspended" : ", which are suspended"))
            }
            guard !parts.isEmpty else { continue }
            findings.append(Finding(code: code, subject: .intervention(id),
                message: parts.joined() + ". Move its start later, bring forward or resume what it needs, or record why it can go ahead."))
        }
    }

    /// `refs` without repeats, first mention kept. An intervention depends on a handful
    /// of others, mostly all different: those are checked by looking and come back as
    /// they are, where a set per intervention cost allocations each time.
    private static func distinct(_ refs: [Intervention.ID]) -> [Intervention.ID] {
        if refs.count <= 16, !refs.indices.contains(where: { i in refs[..<i].contains(refs[i]) }) { return refs }
        var seen = Set<Intervention.ID>()
        return refs.filter { seen.insert($0).inserted }
    }

    private static func value(_ slot: inout Int) -> Int { slot }

    private static func list(_ items: [String]) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
