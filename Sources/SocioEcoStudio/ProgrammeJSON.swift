import SocioEcoModel

/// The programme as the API shows it: the exchange format's elements and attribute names
/// (`admin-level` as `adminLevel`, `depends-on` as `dependsOn`), repeated children as
/// plural arrays, absent optional values left out.
enum ProgrammeJSON {
    static func programme(_ p: Programme) -> JSONOut {
        .members([
            ("id", .string(p.id.rawValue)),
            ("title", .string(p.title)),
            ("description", p.description.map(JSONOut.string)),
            ("context", p.context.map(context)),
            ("revision", p.revision.map(JSONOut.int)),
            ("updated", p.updated.map { .string($0.description) }),
            ("agencies", .array(p.agencies.map(agency))),
            ("places", .array(p.places.map(place))),
            ("interventions", .array(p.interventions.map(intervention))),
        ])
    }

    static func context(_ c: Context) -> JSONOut {
        .members([
            ("crisis", c.crisis.map { .string($0.rawValue) }),
            ("location", c.location.map(JSONOut.string)),
            ("start", c.start.map { .string($0.description) }),
            ("end", c.end.map { .string($0.description) }),
        ])
    }

    static func agency(_ a: Agency) -> JSONOut {
        .members([
            ("id", .string(a.id.rawValue)),
            ("name", .string(a.name)),
            ("type", .string(a.type.rawValue)),
            ("local", a.local.map(JSONOut.bool)),
        ])
    }

    static func place(_ p: Place) -> JSONOut {
        .members([
            ("id", .string(p.id.rawValue)),
            ("name", .string(p.name)),
            ("pcode", p.pcode.map(JSONOut.string)),
            ("adminLevel", p.adminLevel.map(JSONOut.int)),
            ("parent", p.parent.map { .string($0.rawValue) }),
        ])
    }

    static func intervention(_ i: Intervention) -> JSONOut {
        .members([
            ("id", .string(i.id.rawValue)),
            ("title", .string(i.title)),
            ("description", i.description.map(JSONOut.string)),
            ("lead", i.lead.map { .string($0.rawValue) }),
            ("phase", i.phase.map { .string($0.rawValue) }),
            ("status", i.status.map { .string($0.rawValue) }),
            ("levels", ids(i.levels)),
            ("standards", ids(i.standards)),
            // The format's reaches element has one attribute, group.
            ("reaches", .array(i.reaches.map { .object([("group", .string($0.rawValue))]) })),
            ("partners", ids(i.partners)),
            ("places", ids(i.places)),
            ("start", i.start.map { .string($0.description) }),
            ("end", i.end.map { .string($0.description) }),
            ("indicators", .array(i.indicators.map(indicator))),
            ("dependsOn", ids(i.dependsOn)),
        ])
    }

    static func indicator(_ i: Indicator) -> JSONOut {
        .members([
            ("id", .string(i.id.rawValue)),
            ("text", .string(i.text)),
            ("target", i.target.map { .string($0.text) }),
            ("unit", i.unit.map { .string($0.rawValue) }),
        ])
    }

    private static func ids<T>(_ ids: [Identifier<T>]) -> JSONOut {
        .array(ids.map { .string($0.rawValue) })
    }

    /// The words a form may offer: the framework's levels and standards, the closed
    /// vocabularies, and the population groups (a free vocabulary: the format's examples
    /// and those the programme already uses).
    static func vocabulary(_ p: Programme) -> JSONOut {
        let fw = p.framework
        let used = p.interventions.flatMap(\.reaches).map(\.rawValue)
        let groups = Set(exampleGroups + used).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        return .object([
            ("levels", .array(fw.levelsByRank.map { level in
                .object([("id", .string(level.id.rawValue)), ("label", .string(level.displayName)), ("rank", .int(level.rank))])
            })),
            ("standards", .array(fw.standards.map { s in
                .object([
                    ("id", .string(s.id.rawValue)),
                    ("number", .string(s.id.rawValue)),
                    ("title", .string(s.title)),
                    ("pillar", .int(s.pillar)),
                    ("strategy", .bool(s.isStrategy)),
                    ("approach", .bool(s.isApproach)),
                    ("levels", ids(s.mainLevels)),
                ])
            })),
            ("phases", .array(Phase.allCases.map { .string($0.rawValue) })),
            ("statuses", .array(InterventionStatus.allCases.map { .string($0.rawValue) })),
            ("agencyTypes", .array(AgencyType.allCases.map { .string($0.rawValue) })),
            ("units", .array(IndicatorUnit.allCases.map { .string($0.rawValue) })),
            ("groups", .array(groups.map(JSONOut.string))),
        ])
    }

    /// The population groups the programme format gives as examples.
    static let exampleGroups = [
        "girls", "boys", "adolescents", "children-with-disabilities", "unaccompanied-separated", "caregivers",
    ]
}
