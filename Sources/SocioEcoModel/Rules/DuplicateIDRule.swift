/// No two levels, standards, guidance entries, agencies, places or interventions share an id, nor two indicators
/// anywhere in the programme. The problem points at the copy and relates the first.
struct DuplicateIDRule: FormatRule {
    var code: ModelProblem.Code { .duplicateID }

    static func levelMessage(_ id: Level.ID) -> String {
        "level id '\(id)' is declared twice; give each level its own id"
    }

    static func standardMessage(_ id: Standard.ID) -> String {
        "standard id '\(id)' is declared twice; give each standard its own id"
    }

    static func guidanceMessage(_ id: GuidanceEntry.ID) -> String {
        "guidance entry id '\(id)' is already used in this framework; give each guidance entry its own id"
    }

    static func agencyMessage(_ id: Agency.ID) -> String {
        "agency id '\(id)' is declared twice; give each agency its own id or remove the copy"
    }

    static func placeMessage(_ id: Place.ID) -> String {
        "place id '\(id)' is declared twice; give each place its own id or remove the copy"
    }

    static func interventionMessage(_ id: Intervention.ID) -> String {
        "intervention id '\(id)' is declared twice; give each intervention its own id"
    }

    static func indicatorMessage(_ id: Indicator.ID) -> String {
        "indicator id '\(id)' is already used; indicator ids must be unique across the whole file"
    }

    func check(_ context: RuleContext, into problems: inout [ModelProblem]) {
        let p = context.programme
        if p.framework.kind == .custom {
            let levels = SmallIndex(p.framework.levels.map(\.id))
            for (i, level) in p.framework.levels.enumerated() {
                guard let first = levels[level.id], first != i else { continue }
                problems.append(ModelProblem(code: code, message: Self.levelMessage(level.id), path: .frameworkLevel(i), related: .frameworkLevel(first)))
            }
            let standards = SmallIndex(p.framework.standards.map(\.id))
            for (i, standard) in p.framework.standards.enumerated() {
                guard let first = standards[standard.id], first != i else { continue }
                problems.append(ModelProblem(code: code, message: Self.standardMessage(standard.id), path: .frameworkStandard(i), related: .frameworkStandard(first)))
            }
            // Reports and saved suggestions name an entry by its id alone.
            var guidanceFirst: [GuidanceEntry.ID: ElementPath] = [:]
            for (i, standard) in p.framework.standards.enumerated() {
                for (k, entry) in standard.guidance.enumerated() {
                    let path = ElementPath.frameworkGuidance(i, k)
                    if let first = guidanceFirst[entry.id] {
                        problems.append(ModelProblem(code: code, message: Self.guidanceMessage(entry.id), path: path, related: first))
                    } else {
                        guidanceFirst[entry.id] = path
                    }
                }
            }
        }
        for (i, agency) in p.agencies.enumerated() {
            guard let first = context.agencyFirst[agency.id], first != i else { continue }
            problems.append(ModelProblem(code: code, message: Self.agencyMessage(agency.id), path: .agency(i), related: .agency(first)))
        }
        for (i, place) in p.places.enumerated() {
            guard let first = context.placeFirst[place.id], first != i else { continue }
            problems.append(ModelProblem(code: code, message: Self.placeMessage(place.id), path: .place(i), related: .place(first)))
        }
        let all = p.interventions
        for i in all.indices {
            let first = context.firstWithSameID[i]
            guard first != i else { continue }
            problems.append(ModelProblem(code: code, message: Self.interventionMessage(all[i].id), path: .intervention(i), related: .intervention(first)))
        }
        var indicatorFirst: [Indicator.ID: ElementPath] = [:]
        indicatorFirst.reserveCapacity(all.reduce(0) { $0 + $1.indicators.count })
        for i in all.indices {
            for (k, indicator) in all[i].indicators.enumerated() {
                let path = ElementPath.interventionIndicator(i, k)
                // One probe of the table, which inserts `path` unless the id is there.
                let first = Self.value(&indicatorFirst[indicator.id, default: path])
                if first != path {
                    problems.append(ModelProblem(code: code, message: Self.indicatorMessage(indicator.id), path: path, related: first))
                }
            }
        }
    }

    private static func value(_ slot: inout ElementPath) -> ElementPath { slot }
}
