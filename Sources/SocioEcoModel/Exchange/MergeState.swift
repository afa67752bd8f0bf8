/// The joint programme as `ProgrammeMerger` builds it, input by input.
struct MergeState {
    var agencies: [Agency] = []
    var interventions: [Intervention] = []
    var extensions: [ExtensionElement] = []
    var foreignAttributes: [ElementPath: [ForeignAttribute]] = [:]
    var notes: [MergeNote] = []
    /// Per input, its agency ids to the joint file's.
    var agencyMaps: [[Agency.ID: Agency.ID]] = []

    private var agencyIDs = IdentifierAllocator()
    private var interventionIDs = IdentifierAllocator()
    private var indicatorIDs = IdentifierAllocator()
    /// Output index of each agency by what makes two declarations the same agency.
    private var agencyByContent: [AgencyKey: Int] = [:]
    /// Output index and source of the agency holding each id.
    private var agencyByID: [Agency.ID: (index: Int, source: String)] = [:]

    private struct AgencyKey: Hashable {
        var id: String
        var name: String
        var type: AgencyType
        var local: Bool
    }

    // MARK: Programmes

    mutating func noteRepeatedProgrammes(_ inputs: [ProgrammeMerger.Input]) {
        var seen: [Programme.ID: String] = [:]
        for input in inputs {
            let p = input.programme
            if let earlier = seen[p.id] {
                let what = p.revision.map { "revision \($0) of " } ?? ""
                notes.append(MergeNote(kind: .repeatedProgramme, source: input.source,
                    message: "\(input.source) holds \(what)programme '\(p.id)', which \(earlier) holds too; the joint file keeps both copies, so their \(p.interventions.count) interventions are counted twice, the second copy under new ids"))
            } else {
                seen[p.id] = input.source
            }
        }
    }

    // MARK: Agencies

    mutating func addAgencies(of input: ProgrammeMerger.Input) {
        let p = input.programme
        var map: [Agency.ID: Agency.ID] = [:]
        for (i, agency) in p.agencies.enumerated() where map[agency.id] == nil {
            var attrs = p.foreignAttributes[.agency(i)] ?? []
            let origin = MergeOrigin.value(.programme, in: attrs) ?? p.id.rawValue
            let originalID = MergeOrigin.value(.id, in: attrs) ?? agency.id.rawValue
            let key = AgencyKey(id: originalID, name: agency.name, type: agency.type, local: agency.isLocal)
            if let index = agencyByContent[key] {
                map[agency.id] = agencies[index].id
                unify(agency, attributes: attrs, into: index, source: input.source)
                continue
            }
            var copy = agency
            attrs = MergeOrigin.adding(.programme, origin, to: attrs)
            attrs = MergeOrigin.adding(.file, input.source, to: attrs)
            let newID = Agency.ID(agencyIDs.allocate(agency.id.rawValue, prefix: origin))
            if newID != agency.id, let holder = agencyByID[agency.id] {
                let other = agencies[holder.index]
                notes.append(MergeNote(kind: .agencyConflict, source: input.source,
                    message: "agency '\(agency.id)' is \(describe(agency)) in \(input.source) but \(describe(other)) in \(holder.source); the joint file keeps the agency of \(holder.source) under '\(agency.id)' and adds this one as '\(newID)', with the refs of \(input.source) rewritten"))
                attrs = MergeOrigin.adding(.id, agency.id.rawValue, to: attrs)
            }
            copy.id = newID
            let index = agencies.count
            agencies.append(copy)
            foreignAttributes[.agency(index)] = attrs
            agencyByContent[key] = index
            if agencyByID[newID] == nil { agencyByID[newID] = (index, input.source) }
            map[agency.id] = newID
        }
        agencyMaps.append(map)
    }

    private func describe(_ a: Agency) -> String {
        "'\(a.name)' (\(a.type.rawValue)\(a.isLocal ? ", local" : ""))"
    }

    /// Folds a declaration that agrees with agency `index` into it: its extensions
    /// and foreign attributes are kept too, each distinct one once.
    private mutating func unify(_ agency: Agency, attributes: [ForeignAttribute], into index: Int, source: String) {
        if agencies[index].local == nil { agencies[index].local = agency.local }
        for e in agency.extensions where !agencies[index].extensions.contains(e) {
            agencies[index].extensions.append(e)
        }
        foreignAttributes[.agency(index)] = union(foreignAttributes[.agency(index)] ?? [], attributes,
                                                  what: "agency '\(agencies[index].id)'", source: source)
    }

    /// `ours` plus the attributes of `theirs` with a new name; merge metadata is never
    /// overwritten, and a different value for a name already held is reported.
    private mutating func union(_ ours: [ForeignAttribute], _ theirs: [ForeignAttribute], what: String, source: String) -> [ForeignAttribute] {
        var result = ours
        for a in theirs {
            if let held = result.first(where: { $0.name == a.name }) {
                if held.value != a.value && a.name.namespaceURI != MergeOrigin.namespace {
                    let name = (a.name.namespaceURI.map { "{\($0)}" } ?? "") + a.name.localName
                    notes.append(MergeNote(kind: .attributeConflict, source: source,
                        message: "\(source) gives \(name) on \(what) the value '\(a.value)', but the joint file already holds '\(held.value)' from an earlier file and keeps that"))
                }
            } else {
                result.append(a)
            }
        }
        return result
    }

    // MARK: Interventions

    mutating func addInterventions(of input: ProgrammeMerger.Input, agencyMap: [Agency.ID: Agency.ID]) {
        let p = input.programme
        let offset = interventions.count
        var idMap: [Intervention.ID: Intervention.ID] = [:]
        var newIDs: [Intervention.ID] = []
        newIDs.reserveCapacity(p.interventions.count)
        for (i, item) in p.interventions.enumerated() {
            let attrs = p.foreignAttributes[.intervention(i)] ?? []
            let origin = MergeOrigin.value(.programme, in: attrs) ?? p.id.rawValue
            let newID = Intervention.ID(interventionIDs.allocate(item.id.rawValue, prefix: origin))
            if newID != item.id {
                notes.append(MergeNote(kind: .interventionRenamed, source: input.source,
                    message: "intervention '\(item.id)' of \(input.source) is now '\(newID)': an earlier file already uses '\(item.id)'"))
            }
            if idMap[item.id] == nil { idMap[item.id] = newID }
            newIDs.append(newID)
        }
        for (path, attrs) in p.foreignAttributes where path.interventionIndex != nil {
            foreignAttributes[path.shiftingIntervention(by: offset)] = attrs
        }
        interventions.reserveCapacity(offset + p.interventions.count)
        for (i, item) in p.interventions.enumerated() {
            var copy = item
            copy.id = newIDs[i]
            copy.lead = item.lead.map { agencyMap[$0] ?? $0 }
            copy.partners = item.partners.map { agencyMap[$0] ?? $0 }
            copy.dependsOn = item.dependsOn.map { idMap[$0] ?? $0 }
            let origin = MergeOrigin.value(.programme, in: p.foreignAttributes[.intervention(i)] ?? []) ?? p.id.rawValue
            for k in copy.indicators.indices {
                let old = copy.indicators[k].id
                let new = Indicator.ID(indicatorIDs.allocate(old.rawValue, prefix: origin))
                if new != old {
                    copy.indicators[k].id = new
                    notes.append(MergeNote(kind: .indicatorRenamed, source: input.source,
                        message: "indicator '\(old)' of intervention '\(item.id)' in \(input.source) is now '\(new)': an earlier file already uses '\(old)'"))
                }
            }
            var attrs = foreignAttributes[.intervention(offset + i)] ?? []
            attrs = MergeOrigin.adding(.programme, p.id.rawValue, to: attrs)
            attrs = MergeOrigin.adding(.file, input.source, to: attrs)
            if copy.id != item.id { attrs = MergeOrigin.adding(.id, item.id.rawValue, to: attrs) }
            foreignAttributes[.intervention(offset + i)] = attrs
            interventions.append(copy)
        }
    }

    // MARK: Programme-level markup

    /// Foreign attributes of the shared elements (root, title, framework...) joined,
    /// extensions appended in input order, and a source record for each input that is
    /// not itself a joint file (one that is brings its own records).
    mutating func addProgrammeMarkup(of input: ProgrammeMerger.Input) {
        let p = input.programme
        let shared = p.foreignAttributes.keys.filter { path in
            if path.interventionIndex != nil { return false }
            if case .agency = path { return false }
            return true
        }.sorted()
        for path in shared {
            foreignAttributes[path] = union(foreignAttributes[path] ?? [], p.foreignAttributes[path]!,
                                            what: "<\(path.label)>", source: input.source)
        }
        extensions += p.extensions
        if MergeOrigin.sources(of: p).isEmpty {
            extensions.append(MergeOrigin.source(for: p, file: input.source))
        }
    }
}
