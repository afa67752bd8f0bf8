import SocioEcoModel

/// Where each element of the model stood in the file, as start-tag ordinals, kept small
/// so that a valid file pays little for it: a table for the elements that occur once
/// and a compact mark per intervention child.
struct ElementOrdinals {
    /// Where an intervention's child element stands, in the order met.
    private struct Mark {
        var ordinal: UInt32
        var kind: MarkKind
    }

    enum MarkKind: UInt8 {
        case intervention, title, description, level, standard, reaches, partner, place, indicator, dependsOn
    }

    private var fixed: [ElementPath: Int] = [:]
    private var marks: [Mark] = []
    private var interventionMarkStart: [Int] = []

    /// Notes an element outside the interventions (the root, a level, an agency, ...).
    mutating func note(_ path: ElementPath, _ ordinal: Int) {
        fixed[path] = ordinal
    }

    /// Notes the start of the next intervention.
    mutating func noteIntervention(_ ordinal: Int) {
        interventionMarkStart.append(marks.count)
        mark(.intervention, ordinal)
    }

    /// Notes a child of the current intervention.
    mutating func mark(_ kind: MarkKind, _ ordinal: Int) {
        marks.append(Mark(ordinal: UInt32(truncatingIfNeeded: ordinal), kind: kind))
    }

    /// The start-tag ordinal of the element at `path`.
    func ordinal(of path: ElementPath) -> Int? {
        guard let i = path.interventionIndex else { return fixed[path] }
        guard i < interventionMarkStart.count else { return nil }
        let lower = interventionMarkStart[i]
        let upper = i + 1 < interventionMarkStart.count ? interventionMarkStart[i + 1] : marks.count
        let (kind, k): (MarkKind, Int)
        switch path {
        // An attribute stands in its element's start tag.
        case .intervention, .interventionStart, .interventionEnd: (kind, k) = (.intervention, 0)
        case .interventionTitle: (kind, k) = (.title, 0)
        case .interventionDescription: (kind, k) = (.description, 0)
        case .interventionLevel(_, let n): (kind, k) = (.level, n)
        case .interventionStandard(_, let n): (kind, k) = (.standard, n)
        case .interventionReaches(_, let n): (kind, k) = (.reaches, n)
        case .interventionPartner(_, let n): (kind, k) = (.partner, n)
        case .interventionPlace(_, let n): (kind, k) = (.place, n)
        case .interventionIndicator(_, let n): (kind, k) = (.indicator, n)
        case .interventionDependsOn(_, let n): (kind, k) = (.dependsOn, n)
        default: return nil
        }
        var seen = 0
        for m in marks[lower..<upper] where m.kind == kind {
            if seen == k { return Int(m.ordinal) }
            seen += 1
        }
        return Int(marks[lower].ordinal)
    }
}
