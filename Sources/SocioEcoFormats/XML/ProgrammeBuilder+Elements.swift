import SocioEcoModel

/// The elements of the format outside an intervention's children: which frame each
/// start tag opens, with its attributes read into the model.
extension ProgrammeBuilder {
    mutating func start() -> Frame {
        let ordinal = elementOrdinal
        let space: StructureChecker.Space
        switch stream.namespace {
        case .none: space = .none
        case .interned(FormatName.namespace.rawValue): space = .ours
        case .interned, .other: space = .other
        }
        let token = space == .ours ? stream.localNameToken.flatMap(FormatName.init(rawValue:)) : nil
        let stream = self.stream
        checker.startElement(token, space: space, ordinal: ordinal, written: { ProgrammeBuilder.writtenName(stream) })
        let parent = stack.last
        if case .extensionElement? = parent { return startExtension() }
        if case .ignored? = parent { return .ignored }
        if case .text? = parent { return .ignored }
        guard let name = token else {
            if space == .other {
                switch parent {
                case .agency?, .place?, .intervention?, .programme?: return startExtension()
                default: break
                }
            }
            return .ignored
        }
        switch (parent, name) {
        case (nil, .programme):
            sawRoot = true
            ordinals.note(.programme, ordinal)
            var root: (id: Programme.ID, framework: String?, revision: Int?, updated: CalendarDate?) = ("", nil, nil, nil)
            attributes(path: .programme) { name, value in
                switch name {
                case .id: root.id = Programme.ID(value)
                case .framework: root.framework = value
                case .revision: root.revision = ProgrammeBuilder.integer(value)
                case .updated: root.updated = CalendarDate(value)
                default: return false
                }
                return true
            }
            (id, frameworkAttribute, revision, updated) = root
            return .programme
        case (.programme?, .title):
            ordinals.note(.title, ordinal)
            attributes(path: .title) { _, _ in false }
            return beginText(.title)
        case (.programme?, .description):
            ordinals.note(.description, ordinal)
            attributes(path: .description) { _, _ in false }
            return beginText(.description)
        case (.programme?, .context):
            ordinals.note(.context, ordinal)
            var c = Context()
            attributes(path: .context) { name, value in
                switch name {
                case .crisis: c.crisis = CrisisType(rawValue: value)
                case .location: c.location = value
                case .start: c.start = CalendarDate(value)
                case .end: c.end = CalendarDate(value)
                default: return false
                }
                return true
            }
            context = c
            return .context
        case (.programme?, .framework):
            ordinals.note(.framework, ordinal)
            sawFrameworkElement = true
            var name: String?
            attributes(path: .framework) { attribute, value in
                guard attribute == .id else { return false }
                name = value
                return true
            }
            frameworkName = name
            return .framework
        case (.framework?, .level):
            let path = ElementPath.frameworkLevel(customLevels.count)
            ordinals.note(path, ordinal)
            var level = Level(id: "", rank: 0)
            attributes(path: path) { name, value in
                switch name {
                case .id: level.id = Level.ID(value)
                case .rank: level.rank = ProgrammeBuilder.integer(value) ?? 0
                case .label: level.label = value
                default: return false
                }
                return true
            }
            customLevels.append(level)
            return .frameworkLevel
        case (.framework?, .standard):
            let path = ElementPath.frameworkStandard(customStandards.count)
            ordinals.note(path, ordinal)
            var standard = Standard(id: "", pillar: 0, isStrategy: false, title: "")
            var titleAttribute: String?
            attributes(path: path) { name, value in
                switch name {
                case .id: standard.id = Standard.ID(value)
                case .pillar: standard.pillar = ProgrammeBuilder.integer(value) ?? 0
                case .strategy: standard.isStrategy = value == "true"
                case .levels: standard.mainLevels = ProgrammeBuilder.tokens(value).map { Level.ID($0) }
                case .approach: standard.isApproach = value == "true"
                case .title: titleAttribute = value
                default: return false
                }
                return true
            }
            // With the title in its attribute the content is guidance entries; without,
            // the content is the title's text, as before there was guidance.
            if let titleAttribute {
                standard.title = titleAttribute
                customStandards.append(standard)
                return .frameworkStandard
            }
            customStandards.append(standard)
            return beginText(.standardTitle)
        case (.frameworkStandard?, .guidance):
            let s = customStandards.count - 1
            let path = ElementPath.frameworkGuidance(s, customStandards[s].guidance.count)
            ordinals.note(path, ordinal)
            var entry = GuidanceEntry(id: "", title: "", summary: "", standard: customStandards[s].id, levels: [], phases: [])
            attributes(path: path) { name, value in
                switch name {
                case .id: entry.id = GuidanceEntry.ID(value)
                case .title: entry.title = value
                case .levels: entry.levels = ProgrammeBuilder.tokens(value).map { Level.ID($0) }
                // An unknown phase is the checker's to report; the rest are kept.
                case .phases: entry.phases = ProgrammeBuilder.tokens(value).compactMap(Phase.init(rawValue:))
                default: return false
                }
                return true
            }
            currentGuidance = entry
            return beginText(.guidanceSummary)
        case (.programme?, .agencies):
            ordinals.note(.agencies, ordinal)
            attributes(path: .agencies) { _, _ in false }
            return .agencies
        case (.agencies?, .agency):
            let path = ElementPath.agency(agencies.count)
            ordinals.note(path, ordinal)
            var agency = Agency(id: "", name: "", type: .other)
            agency.origin = attributes(path: path) { name, value in
                switch name {
                case .id: agency.id = Agency.ID(value)
                case .name: agency.name = value
                case .type: agency.type = AgencyType(rawValue: value) ?? .other
                case .local: agency.local = ProgrammeBuilder.boolean(value)
                default: return false
                }
                return true
            }
            agencies.append(agency)
            return .agency
        case (.programme?, .places):
            ordinals.note(.places, ordinal)
            attributes(path: .places) { _, _ in false }
            return .places
        case (.places?, .place):
            let path = ElementPath.place(places.count)
            ordinals.note(path, ordinal)
            var place = Place(id: "", name: "")
            attributes(path: path) { name, value in
                switch name {
                case .id: place.id = Place.ID(value)
                case .name: place.name = value
                case .pcode: place.pcode = value
                case .adminLevel: place.adminLevel = ValueType.adminLevel(value)
                case .parent: place.parent = Place.ID(value)
                default: return false
                }
                return true
            }
            places.append(place)
            return .place
        case (.programme?, .interventions):
            ordinals.note(.interventions, ordinal)
            attributes(path: .interventions) { _, _ in false }
            return .interventions
        case (.interventions?, .intervention):
            if interventions.count >= ReaderLimits.maximumInterventions {
                limit("more than \(ReaderLimits.maximumInterventions) interventions, past this tool's limit; split the programme into smaller files")
                return .ignored
            }
            let index = interventions.count
            ordinals.noteIntervention(ordinal)
            var item = Intervention(id: "", title: "", levels: [])
            item.origin = attributes(path: .intervention(index)) { name, value in
                switch name {
                case .id: item.id = Intervention.ID(value)
                case .lead: item.lead = Agency.ID(value)
                case .phase: item.phase = Phase(rawValue: value)
                case .status: item.status = InterventionStatus(rawValue: value)
                case .start: item.start = CalendarDate(value)
                case .end: item.end = CalendarDate(value)
                default: return false
                }
                return true
            }
            // Moved in, not copied (see `end`).
            swap(&item, &current)
            return .intervention
        case (.intervention?, _):
            return startInterventionChild(name, ordinal: ordinal)
        default:
            return .ignored
        }
    }

    static func writtenName(_ stream: LibXMLReadAhead) -> StructureChecker.WrittenName {
        StructureChecker.WrittenName(prefix: stream.prefix, localName: stream.localName, namespaceURI: stream.namespaceURI)
    }

    mutating func beginText(_ target: TextTarget) -> Frame {
        text = ""
        textPieces = 0
        return .text(target)
    }
}
