/// The joint programme as `ProgrammeMerger` builds it, input by input.
struct MergeState {
    var agencies: [Agency] = []
    var places: [Place] = []
    var interventions: [Intervention] = []
    var extensions: [ExtensionMarkup] = []
    var sources: [MergeSource] = []
    var annotations: [ElementPath: ExtensionMarkup] = [:]
    var notes: [MergeNote] = []
    /// Per input, its agency ids to the joint file's.
    var agencyMaps: [[Agency.ID: Agency.ID]] = []
    /// Per input, its place ids to the joint file's.
    var placeMaps: [[Place.ID: Place.ID]] = []

    private var agencyIDs = IdentifierAllocator()
    private var placeIDs = IdentifierAllocator()
    /// Output index of each place by its pcode, and by id, name and pcode.
    private var placeByPcode: [String: Int] = [:]
    private var placeByContent: [PlaceKey: Int] = [:]
    /// Output index and source of the place holding each id.
    private var placeByID: [Place.ID: (index: Int, source: String)] = [:]
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

    private struct PlaceKey: Hashable {
        var id: Place.ID
        var name: String
        var pcode: String?
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
            let annotation = p.annotations[.agency(i)]
            let origin = agency.origin?.programme ?? p.id
            let originalID = agency.origin?.originalID ?? agency.id.rawValue
            let key = AgencyKey(id: originalID, name: agency.name, type: agency.type, local: agency.isLocal)
            if let index = agencyByContent[key] {
                map[agency.id] = agencies[index].id
                unify(agency, annotation: annotation, into: index, source: input.source)
                continue
            }
            var copy = agency
            var found = MergeOrigin(programme: origin, file: input.source)
            let newID = Agency.ID(agencyIDs.allocate(agency.id.rawValue, prefix: origin.rawValue))
            if newID != agency.id, let holder = agencyByID[agency.id] {
                let other = agencies[holder.index]
                notes.append(MergeNote(kind: .agencyConflict, source: input.source,
                    message: "agency '\(agency.id)' is \(describe(agency)) in \(input.source) but \(describe(other)) in \(holder.source); the joint file keeps the agency of \(holder.source) under '\(agency.id)' and adds this one as '\(newID)', with the refs of \(input.source) rewritten"))
                found.originalID = agency.id.rawValue
            }
            copy.id = newID
            copy.origin = agency.origin.filling(from: found)
            let index = agencies.count
            agencies.append(copy)
            if let annotation { annotations[.agency(index)] = annotation }
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
    /// and annotations are kept too, each distinct one once, and the origin parts it
    /// names that the first declaration lacks.
    private mutating func unify(_ agency: Agency, annotation: ExtensionMarkup?, into index: Int, source: String) {
        if agencies[index].local == nil { agencies[index].local = agency.local }
        for e in agency.extensions where !agencies[index].extensions.contains(e) {
            agencies[index].extensions.append(e)
        }
        if let origin = agency.origin { agencies[index].origin = agencies[index].origin.filling(from: origin) }
        if let annotation {
            annotations[.agency(index)] = union(annotations[.agency(index)], annotation,
                                                what: "agency '\(agencies[index].id)'", source: source)
        }
    }

    /// `ours` with what `theirs` adds; a different value for a part already held is
    /// reported, and the held one kept.
    private mutating func union(_ ours: ExtensionMarkup?, _ theirs: ExtensionMarkup, what: String, source: String) -> ExtensionMarkup {
        guard let ours else { return theirs }
        let (merged, conflicts) = ours.merging(theirs)
        for c in conflicts {
            notes.append(MergeNote(kind: .attributeConflict, source: source,
                message: "\(source) gives \(c.name) on \(what) the value '\(c.offered)', but the joint file already holds '\(c.kept)' from an earlier file and keeps that"))
        }
        return merged
    }

    // MARK: Places

    /// A place with a pcode the joint file holds is that place; one without, with the
    /// id and name of one the joint file holds, is that place too. Any other is added,
    /// under a new id where its own is taken (a conflict, noted).
    mutating func addPlaces(of input: ProgrammeMerger.Input) {
        let p = input.programme
        var map: [Place.ID: Place.ID] = [:]
        var added: [Int] = []
        for (i, place) in p.places.enumerated() where map[place.id] == nil {
            let annotation = p.annotations[.place(i)]
            let key = PlaceKey(id: place.id, name: place.name, pcode: place.pcode)
            if let index = place.pcode.flatMap({ placeByPcode[$0] }) ?? placeByContent[key] {
                map[place.id] = places[index].id
                unify(place, annotation: annotation, into: index, source: input.source)
                continue
            }
            let newID = Place.ID(placeIDs.allocate(place.id.rawValue, prefix: p.id.rawValue))
            if newID != place.id, let holder = placeByID[place.id] {
                notes.append(MergeNote(kind: .placeConflict, source: input.source,
                    message: "place '\(place.id)' is \(describe(place)) in \(input.source) but \(describe(places[holder.index])) in \(holder.source); the joint file keeps the place of \(holder.source) under '\(place.id)' and adds this one as '\(newID)', with the refs of \(input.source) rewritten"))
            }
            var copy = place
            copy.id = newID
            let index = places.count
            places.append(copy)
            added.append(index)
            if let annotation { annotations[.place(index)] = annotation }
            placeByContent[key] = index
            if let pcode = place.pcode, placeByPcode[pcode] == nil { placeByPcode[pcode] = index }
            if placeByID[newID] == nil { placeByID[newID] = (index, input.source) }
            map[place.id] = newID
        }
        // Parents may come later in the file than their children: rewritten once all are mapped.
        for index in added {
            places[index].parent = places[index].parent.map { map[$0] ?? $0 }
        }
        placeMaps.append(map)
    }

    private func describe(_ place: Place) -> String {
        "'\(place.name)'" + (place.pcode.map { " (pcode \($0))" } ?? " (no pcode)")
    }

    /// Folds a declaration of a place the joint file holds into it: what the first
    /// declaration left out, and each distinct extension and annotation once.
    private mutating func unify(_ place: Place, annotation: ExtensionMarkup?, into index: Int, source: String) {
        if places[index].adminLevel == nil { places[index].adminLevel = place.adminLevel }
        for e in place.extensions where !places[index].extensions.contains(e) {
            places[index].extensions.append(e)
        }
        if let annotation {
            annotations[.place(index)] = union(annotations[.place(index)], annotation,
                                               what: "place '\(places[index].id)'", source: source)
        }
    }

    // MARK: Interventions

    mutating func addInterventions(of input: ProgrammeMerger.Input, agencyMap: [Agency.ID: Agency.ID],
                                   placeMap: [Place.ID: Place.ID]) {
        let p = input.programme
        let offset = interventions.count
        var idMap: [Intervention.ID: Intervention.ID] = [:]
        var newIDs: [Intervention.ID] = []
        newIDs.reserveCapacity(p.interventions.count)
        for item in p.interventions {
            let origin = item.origin?.programme ?? p.id
            let newID = Intervention.ID(interventionIDs.allocate(item.id.rawValue, prefix: origin.rawValue))
            if newID != item.id {
                notes.append(MergeNote(kind: .interventionRenamed, source: input.source,
                    message: "intervention '\(item.id)' of \(input.source) is now '\(newID)': an earlier file already uses '\(item.id)'"))
            }
            if idMap[item.id] == nil { idMap[item.id] = newID }
            newIDs.append(newID)
        }
        for (path, annotation) in p.annotations where path.interventionIndex != nil {
            annotations[path.shiftingIntervention(by: offset)] = annotation
        }
        interventions.reserveCapacity(offset + p.interventions.count)
        for (i, item) in p.interventions.enumerated() {
            var copy = item
            copy.id = newIDs[i]
            copy.lead = item.lead.map { agencyMap[$0] ?? $0 }
            copy.partners = item.partners.map { agencyMap[$0] ?? $0 }
            copy.places = item.places.map { placeMap[$0] ?? $0 }
            copy.dependsOn = item.dependsOn.map { idMap[$0] ?? $0 }
            let origin = item.origin?.programme ?? p.id
            for k in copy.indicators.indices {
                let old = copy.indicators[k].id
                let new = Indicator.ID(indicatorIDs.allocate(old.rawValue, prefix: origin.rawValue))
                if new != old {
                    copy.indicators[k].id = new
                    notes.append(MergeNote(kind: .indicatorRenamed, source: input.source,
                        message: "indicator '\(old)' of intervention '\(item.id)' in \(input.source) is now '\(new)': an earlier file already uses '\(old)'"))
                }
            }
            copy.origin = item.origin.filling(from: MergeOrigin(
                programme: p.id, file: input.source, originalID: copy.id != item.id ? item.id.rawValue : nil))
            interventions.append(copy)
        }
    }

    // MARK: Programme-level markup

    /// Annotations of the shared elements (root, title, framework...) joined,
    /// extensions appended in input order, and a source record for each input that is
    /// not itself a joint file (one that is brings its own records).
    mutating func addProgrammeMarkup(of input: ProgrammeMerger.Input) {
        let p = input.programme
        let shared = p.annotations.keys.filter { path in
            if path.interventionIndex != nil { return false }
            if case .agency = path { return false }
            if case .place = path { return false }
            return true
        }.sorted()
        for path in shared {
            annotations[path] = union(annotations[path], p.annotations[path]!, what: path.description, source: input.source)
        }
        extensions += p.extensions
        sources += p.mergeSources.isEmpty ? [MergeSource(of: p, file: input.source)] : p.mergeSources
    }
}
