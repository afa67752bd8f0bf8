import SocioEcoAnalysis
import SocioEcoModel

/// The coverage report as one tree (`urn:socioeco:coverage-report:1`,
/// `Schemas/coverage-report.xsd`): the one mapping from a `CoverageAnalysis` to the
/// report's names, which the XML and the JSON encoders both walk.
///
/// The report holds counts, not intervention lists, so it stays small for a programme
/// of any size; findings name the intervention they concern.
enum CoverageReportTree {
    static let namespace = "urn:socioeco:coverage-report:1"

    typealias E = ReportElement

    /// The report of `a`, with `suggestions` for its holes when given.
    static func report(_ a: CoverageAnalysis, suggestions: Suggestions? = nil) -> ReportElement {
        E("coverage-report", [
            ("programme", .string(a.programmeID.rawValue)), ("revision", a.revision.map(E.Value.int)),
            ("framework", .string(a.framework.displayID)), ("interventions", .int(a.interventionCount)),
            ("on", a.date.map { .string($0.description) }),
        ], content: [
            .element(.text("title", a.title)),
            .element(.section("levels", item: "level", a.levels.map { l in
                E("level", [
                    ("id", .string(l.level.id.rawValue)), ("rank", .int(l.level.rank)), ("label", l.level.label.map(E.Value.string)),
                    ("interventions", .int(l.interventions.count)), ("covered", .bool(l.isCovered)),
                ])
            })),
            .element(.section("strategies", item: "strategy", zip(a.framework.strategies, a.strategyUse).map { s, use in
                E("strategy", [("id", .string(s.id.rawValue)), ("interventions", .int(use)), ("main-levels", ids(s.mainLevels))],
                  text: ("title", s.title))
            })),
            .element(.section("matrix", item: "row", a.matrix.rows.map { row in
                E("row", [("level", .string(row.level.rawValue))], content: [
                    .list(item: "cell", zip(a.matrix.strategies, row.counts).map { s, n in
                        E("cell", [("standard", .string(s.rawValue)), ("interventions", .int(n))])
                    }),
                ])
            })),
            .element(E("approach", [("standard", a.approach.standard.map { .string($0.rawValue) }), ("met", .bool(a.approach.isMet))],
                       content: [.list(item: "uncovered", a.approach.uncoveredLevels.map { E("uncovered", [("level", .string($0.rawValue))]) })])),
            .element(.section("phases", item: "row", a.phaseMatrix.rows.map { row in
                E("row", [("level", .string(row.level.rawValue))]
                    + zip(PhaseMatrix.phases, row.counts).map { ($0.rawValue, .int($1)) }
                    + [("unspecified", .int(row.unspecified))])
            })),
            .element(.section("risks", item: "risk", zip(a.risks, a.framework.standards(inPillar: 2)).map { r, s in
                E("risk", [("standard", .string(r.risk.rawValue)), ("interventions", .int(r.interventions)), ("levels", ids(r.levels))],
                  text: ("title", s.title))
            }, writesEmptyAsPair: false)),
            .element(.section("reach", item: "row", a.reach.map { row in
                E("row", [("level", .string(row.level.rawValue))], content: [
                    .list(item: "group", row.groups.map { g in
                        E("group", [("id", .string(g.group.rawValue)), ("interventions", .int(g.interventions))])
                    }),
                ])
            })),
            .element(.section("localisation", item: "row", a.localisation.map { l in
                E("row", [
                    ("level", .string(l.level.rawValue)), ("interventions", .int(l.interventions)),
                    ("local-lead", .int(l.locallyLed)), ("percent", l.percent.map(E.Value.int)),
                ])
            })),
            .optional(name: "coordination", a.showsCoordination ? coordination(a) : nil),
            .optional(name: "places", a.places.isEmpty ? nil : places(a.places)),
            .element(findings(a)),
            .optional(name: "suggestions", suggestions.map { SuggestionsTree.suggestions($0) }),
        ])
    }

    private static func coordination(_ a: CoverageAnalysis) -> ReportElement {
        E("coordination", [("lead-agencies", .int(a.leadAgencyCount))], content: [
            .list(item: "row", a.coordination.map { row in
                E("row", [("level", .string(row.level.rawValue))], content: [
                    .list(item: "agency", row.agencies.map { work in
                        E("agency", [("id", .string(work.agency.rawValue)), ("lead", .int(work.lead)), ("partner", .int(work.partner))])
                    }),
                ])
            }),
        ], writesEmptyAsPair: true)
    }

    /// Per place in tree order, its counts per level and the agencies working there (the 3W view).
    private static func places(_ c: PlaceCoverage) -> ReportElement {
        .section("places", item: "place", c.rows.map { row in
            E("place", [
                ("id", .string(row.place.rawValue)), ("name", .string(row.name)), ("pcode", row.pcode.map(E.Value.string)),
                ("parent", row.parent.map { .string($0.rawValue) }), ("innermost", .bool(row.isInnermost)),
                ("agencies", ids(row.agencies)),
            ], content: [
                .list(item: "level", zip(c.levels, row.counts).map { l, n in
                    E("level", [("level", .string(l.rawValue)), ("interventions", .int(n))])
                }),
            ])
        })
    }

    private static func findings(_ a: CoverageAnalysis) -> ReportElement {
        var counts = [0, 0, 0]
        for f in a.findings {
            switch f.severity {
            case .error: counts[0] += 1
            case .warning: counts[1] += 1
            case .info: counts[2] += 1
            }
        }
        return E("findings", [("errors", .int(counts[0])), ("warnings", .int(counts[1])), ("infos", .int(counts[2]))], content: [
            .items(item: "finding", ReportItems(a.findings) { f in
                E("finding", [("code", .string(f.code.rawValue)), ("severity", .string(f.severity.rawValue))],
                  subject: subject(f.subject), text: ("message", f.message))
            }),
        ])
    }

    /// What a finding is about; the programme as a whole is named by no attribute.
    static func subject(_ s: Finding.Subject) -> E.Subject {
        switch s {
        case .programme: return E.Subject(kind: "programme", attributes: [])
        case .level(let l): return E.Subject(kind: "level", attributes: [("level", .string(l.rawValue))])
        case .standard(let st): return E.Subject(kind: "standard", attributes: [("standard", .string(st.rawValue))])
        case .intervention(let i): return E.Subject(kind: "intervention", attributes: [("intervention", .string(i.rawValue))])
        case .group(let g, let l):
            return E.Subject(kind: "group", attributes: [("group", .string(g.rawValue)), ("level", .string(l.rawValue))])
        case .placeLevel(let p, let l):
            return E.Subject(kind: "place-level", attributes: [("place", .string(p.rawValue)), ("level", .string(l.rawValue))])
        }
    }

    private static func ids<T>(_ list: [Identifier<T>]) -> E.Value { .list(list.map(\.rawValue)) }
}
