import SocioEcoModel

/// What changed between two versions of a programme: the programme's own fields,
/// agencies, places and interventions added, removed and changed field by field (matched
/// by id), how many interventions each level has before and after, the same per place and
/// level where it moved, and the coverage findings that appeared or went away.
///
/// Empty exactly when the two models are equal. Pure, and in a fixed order: added and
/// changed elements in the new file's order, removed ones in the old file's order,
/// levels innermost first, places in the new file's tree order then the removed ones,
/// findings in report order.
public struct ProgrammeDiff: Hashable, Sendable {
    public var oldID: Programme.ID
    public var newID: Programme.ID
    public var oldRevision: Int?
    public var newRevision: Int?
    /// The programme's own fields (id, title, context, framework, markup...).
    public var programme: [FieldChange]
    public var addedAgencies: [Agency]
    public var removedAgencies: [Agency]
    public var changedAgencies: [ElementChange]
    public var addedPlaces: [Place]
    public var removedPlaces: [Place]
    public var changedPlaces: [ElementChange]
    public var addedInterventions: [Intervention]
    public var removedInterventions: [Intervention]
    public var changedInterventions: [ElementChange]
    /// Every level of either framework, innermost first (new framework's levels first).
    public var levels: [LevelShift]
    /// Per place and level whose count of interventions moved (a place or level missing
    /// on one side counts as none there): the new file's places in tree order, then the
    /// removed ones; within a place, levels in the order of `levels`.
    public var placeLevels: [PlaceLevelShift]
    /// Findings of the new version with no match (same code and subject) in the old.
    public var appearedFindings: [Finding]
    /// Findings of the old version with no match in the new.
    public var resolvedFindings: [Finding]
    /// Whether either version declares places; when neither does, the place lists are empty
    /// and say nothing.
    public var declaresPlaces: Bool
    /// Whether the two models are equal.
    public var isEmpty: Bool

    public init(old: Programme, new: Programme) {
        oldID = old.id
        newID = new.id
        oldRevision = old.revision
        newRevision = new.revision
        isEmpty = old == new
        declaresPlaces = !old.places.isEmpty || !new.places.isEmpty
        programme = DiffFields.programme(old, new)

        let oldAgencies = DiffFields.firstByID(old.agencies.map(\.id))
        let newAgencies = DiffFields.firstByID(new.agencies.map(\.id))
        addedAgencies = new.agencies.enumerated().filter { newAgencies[$0.element.id] == $0.offset && oldAgencies[$0.element.id] == nil }.map(\.element)
        removedAgencies = old.agencies.enumerated().filter { oldAgencies[$0.element.id] == $0.offset && newAgencies[$0.element.id] == nil }.map(\.element)
        changedAgencies = new.agencies.enumerated().compactMap { j, a in
            guard newAgencies[a.id] == j, let i = oldAgencies[a.id] else { return nil }
            let changes = DiffFields.agency(old.agencies[i], old.annotations[.agency(i)], a, new.annotations[.agency(j)])
            return changes.isEmpty ? nil : ElementChange(id: a.id.rawValue, changes: changes)
        }

        let oldPlaces = DiffFields.firstByID(old.places.map(\.id))
        let newPlaces = DiffFields.firstByID(new.places.map(\.id))
        addedPlaces = new.places.enumerated().filter { newPlaces[$0.element.id] == $0.offset && oldPlaces[$0.element.id] == nil }.map(\.element)
        removedPlaces = old.places.enumerated().filter { oldPlaces[$0.element.id] == $0.offset && newPlaces[$0.element.id] == nil }.map(\.element)
        changedPlaces = new.places.enumerated().compactMap { j, p in
            guard newPlaces[p.id] == j, let i = oldPlaces[p.id] else { return nil }
            let changes = DiffFields.place(old.places[i], old.annotations[.place(i)], p, new.annotations[.place(j)])
            return changes.isEmpty ? nil : ElementChange(id: p.id.rawValue, changes: changes)
        }

        let oldItems = DiffFields.firstByID(old.interventions.map(\.id))
        let newItems = DiffFields.firstByID(new.interventions.map(\.id))
        addedInterventions = new.interventions.enumerated().filter { newItems[$0.element.id] == $0.offset && oldItems[$0.element.id] == nil }.map(\.element)
        removedInterventions = old.interventions.enumerated().filter { oldItems[$0.element.id] == $0.offset && newItems[$0.element.id] == nil }.map(\.element)
        let oldMarkup = DiffFields.interventionAnnotations(old)
        let newMarkup = DiffFields.interventionAnnotations(new)
        changedInterventions = new.interventions.enumerated().compactMap { j, item in
            guard newItems[item.id] == j, let i = oldItems[item.id] else { return nil }
            let changes = DiffFields.intervention(old.interventions[i], oldMarkup[i] ?? [:], item, newMarkup[j] ?? [:])
            return changes.isEmpty ? nil : ElementChange(id: item.id.rawValue, changes: changes)
        }

        let before = CoverageAnalysis(programme: old)
        let after = CoverageAnalysis(programme: new)
        var shifts: [LevelShift] = []
        var seen: Set<Level.ID> = []
        let oldCounts = Dictionary(before.levels.map { ($0.level.id, $0.interventions.count) }, uniquingKeysWith: { a, _ in a })
        let newCounts = Dictionary(after.levels.map { ($0.level.id, $0.interventions.count) }, uniquingKeysWith: { a, _ in a })
        for l in after.levels + before.levels where seen.insert(l.level.id).inserted {
            shifts.append(LevelShift(level: l.level.id, before: oldCounts[l.level.id], after: newCounts[l.level.id]))
        }
        levels = shifts
        placeLevels = PlaceShifts.between(before.places, after.places, levels: shifts.map(\.level))
        let oldKeys = Set(before.findings.map(FindingKey.init))
        let newKeys = Set(after.findings.map(FindingKey.init))
        appearedFindings = after.findings.filter { !oldKeys.contains(FindingKey($0)) }
        resolvedFindings = before.findings.filter { !newKeys.contains(FindingKey($0)) }

        // Equal ids and fields but not equal models: the order of elements moved.
        if !isEmpty && programme.isEmpty && addedAgencies.isEmpty && removedAgencies.isEmpty && changedAgencies.isEmpty
            && addedPlaces.isEmpty && removedPlaces.isEmpty && changedPlaces.isEmpty
            && addedInterventions.isEmpty && removedInterventions.isEmpty && changedInterventions.isEmpty {
            programme.append(FieldChange(field: "order", old: "as before", new: "agencies, places or interventions in another order"))
        }
    }

    /// Two findings are the same finding when code and subject agree; the wording may
    /// change with a label.
    private struct FindingKey: Hashable {
        var code: Finding.Code
        var subject: Finding.Subject
        init(_ f: Finding) {
            code = f.code
            subject = f.subject
        }
    }
}
