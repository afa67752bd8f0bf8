import SocioEcoModel

/// An innermost place where no intervention works at a level that some other innermost
/// place has: the hole a coordination group looks for in a 5W matrix.
///
/// The place compared with is the innermost place with the most interventions at that
/// level among the place's siblings (same parent), or among all innermost places when no
/// sibling has any; ties go to the first in tree order.
struct PlaceLevelUncoveredRule: FindingRule {
    var code: Finding.Code { .placeLevelUncovered }

    func check(_ context: FindingContext, into findings: inout [Finding]) {
        let rows = context.places.rows.filter(\.isInnermost)
        let levels = context.places.levels
        // Per level, the best innermost place overall and per parent: one pass, not one per hole.
        var best = [Int?](repeating: nil, count: levels.count)
        var bestAmongSiblings: [Place.ID?: [Int?]] = [:]
        for (k, row) in rows.enumerated() {
            var siblings = bestAmongSiblings[row.parent] ?? [Int?](repeating: nil, count: levels.count)
            for r in levels.indices where row.counts[r] > 0 {
                if row.counts[r] > best[r].map({ rows[$0].counts[r] }) ?? 0 { best[r] = k }
                if row.counts[r] > siblings[r].map({ rows[$0].counts[r] }) ?? 0 { siblings[r] = k }
            }
            bestAmongSiblings[row.parent] = siblings
        }
        for row in rows {
            for (r, level) in levels.enumerated() where row.counts[r] == 0 {
                guard let other = bestAmongSiblings[row.parent]?[r] ?? best[r] else { continue }
                let pcode = row.pcode.map { " (\($0))" } ?? ""
                findings.append(Finding(code: code, subject: .placeLevel(row.place, level),
                    message: "In \(row.name)\(pcode), no intervention works at the \(level) level, while \(rows[other].name) has \(Self.interventions(rows[other].counts[r])) there. Ask whether the agencies working nearby can extend their work to \(row.name)."))
            }
        }
    }

    func summary(count: Int) -> String? {
        "In \(count) cases a place has no intervention at a level where other places have some. Ask whether the agencies working nearby can extend their work."
    }

    private static func interventions(_ n: Int) -> String {
        n == 1 ? "1 intervention" : "\(n) interventions"
    }
}
