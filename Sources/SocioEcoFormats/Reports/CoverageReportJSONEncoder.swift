import SocioEcoAnalysis
import SocioEcoModel

/// Writes a coverage analysis as JSON for web tools: the same content as the XML
/// report, with members in a fixed order so that the same input gives the same bytes.
public struct CoverageReportJSONEncoder: Sendable {
    public init() {}

    /// The whole report, ending with a newline.
    public func encode(_ a: CoverageAnalysis) -> String {
        typealias J = JSONValue
        let fw = a.framework
        func ids<T>(_ list: [Identifier<T>]) -> J { .array(list.map { .string($0.rawValue) }) }

        let programme: J = .object([
            ("id", .string(a.programmeID.rawValue)),
            ("revision", a.revision.map(J.int) ?? .null),
            ("title", .string(a.title)),
            ("framework", .string(fw.displayID)),
            ("interventions", .int(a.interventionCount)),
        ])
        let levels: J = .array(a.levels.map { l in
            .object([("id", .string(l.level.id.rawValue)), ("rank", .int(l.level.rank)),
                     ("label", .optional(l.level.label)), ("interventions", .int(l.interventions.count)),
                     ("covered", .bool(l.isCovered))])
        })
        let strategies: J = .array(zip(fw.strategies, a.strategyUse).map { s, use in
            .object([("id", .string(s.id.rawValue)), ("title", .string(s.title)),
                     ("mainLevels", ids(s.mainLevels)), ("interventions", .int(use))])
        })
        let matrix: J = .array(a.matrix.rows.map { row in
            .object([("level", .string(row.level.rawValue)),
                     ("cells", .array(zip(a.matrix.strategies, row.counts).map { s, n in
                         .object([("standard", .string(s.rawValue)), ("interventions", .int(n))])
                     }))])
        })
        let approach: J = .object([
            ("standard", .optional(a.approach.standard?.rawValue)), ("met", .bool(a.approach.isMet)),
            ("uncoveredLevels", ids(a.approach.uncoveredLevels)),
        ])
        let phases: J = .array(a.phaseMatrix.rows.map { row in
            .object([("level", .string(row.level.rawValue))]
                + zip(PhaseMatrix.phases, row.counts).map { ($0.rawValue, .int($1)) }
                + [("unspecified", .int(row.unspecified))])
        })
        let risks: J = .array(zip(a.risks, fw.standards(inPillar: 2)).map { r, s in
            .object([("standard", .string(r.risk.rawValue)), ("title", .string(s.title)),
                     ("levels", ids(r.levels)), ("interventions", .int(r.interventions))])
        })
        let reach: J = .array(a.reach.map { row in
            .object([("level", .string(row.level.rawValue)),
                     ("groups", .array(row.groups.map { g in
                         .object([("group", .string(g.group.rawValue)), ("interventions", .int(g.interventions))])
                     }))])
        })
        let localisation: J = .array(a.localisation.map { l in
            .object([("level", .string(l.level.rawValue)), ("interventions", .int(l.interventions)),
                     ("localLead", .int(l.locallyLed)), ("percent", l.percent.map(J.int) ?? .null)])
        })
        let coordination: J = a.showsCoordination ? .object([
            ("leadAgencies", .int(a.leadAgencyCount)),
            ("levels", .array(a.coordination.map { row in
                .object([("level", .string(row.level.rawValue)),
                         ("agencies", .array(row.agencies.map { w in
                             .object([("id", .string(w.agency.rawValue)), ("lead", .int(w.lead)), ("partner", .int(w.partner))])
                         }))])
            })),
        ]) : .null
        let findings: J = .array(a.findings.map { f in
            .object([("code", .string(f.code.rawValue)), ("severity", .string(f.severity.rawValue)),
                     ("subject", Self.subject(f.subject)), ("message", .string(f.message))])
        })
        let report: J = .object([
            ("format", .string(CoverageReportXMLEncoder.namespace)),
            ("programme", programme), ("levels", levels), ("strategies", strategies), ("matrix", matrix),
            ("approach", approach), ("phases", phases), ("risks", risks), ("reach", reach),
            ("localisation", localisation), ("coordination", coordination), ("findings", findings),
        ])
        var out = ""
        report.write(into: &out)
        return out + "\n"
    }

    static func subject(_ s: Finding.Subject) -> JSONValue {
        switch s {
        case .programme: return .object([("kind", .string("programme"))])
        case .level(let l): return .object([("kind", .string("level")), ("level", .string(l.rawValue))])
        case .standard(let st): return .object([("kind", .string("standard")), ("standard", .string(st.rawValue))])
        case .intervention(let i): return .object([("kind", .string("intervention")), ("intervention", .string(i.rawValue))])
        case .group(let g, let l):
            return .object([("kind", .string("group")), ("group", .string(g.rawValue)), ("level", .string(l.rawValue))])
        }
    }
}
