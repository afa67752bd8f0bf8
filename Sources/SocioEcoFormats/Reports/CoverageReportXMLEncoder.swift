import SocioEcoAnalysis
import SocioEcoModel

/// Writes a coverage analysis as the XML coverage report of the format
/// (`urn:socioeco:coverage-report:1`, `Schemas/coverage-report.xsd`).
///
/// The report holds counts, not intervention lists, so it stays small for a programme
/// of any size; findings name the intervention they concern. Free text (titles,
/// labels, messages) goes through `XMLEscaping`.
public struct CoverageReportXMLEncoder: Sendable {
    public static let namespace = "urn:socioeco:coverage-report:1"

    public init() {}

    /// The whole report, an XML declaration first and a final newline.
    public func encode(_ a: CoverageAnalysis) -> String {
        var w = XMLWriter()
        var root: [(String, String)] = [("xmlns", Self.namespace), ("programme", a.programmeID.rawValue)]
        if let r = a.revision { root.append(("revision", String(r))) }
        root.append(("framework", a.framework.displayID))
        root.append(("interventions", String(a.interventionCount)))
        w.open("coverage-report", root)
        w.text("title", [], a.title)

        w.open("levels")
        for l in a.levels {
            var attrs = [("id", l.level.id.rawValue), ("rank", String(l.level.rank))]
            if let label = l.level.label { attrs.append(("label", label)) }
            attrs += [("interventions", String(l.interventions.count)), ("covered", String(l.isCovered))]
            w.empty("level", attrs)
        }
        w.close("levels")

        w.open("strategies")
        for (s, use) in zip(a.framework.strategies, a.strategyUse) {
            var attrs = [("id", s.id.rawValue), ("interventions", String(use))]
            if !s.mainLevels.isEmpty { attrs.append(("main-levels", s.mainLevels.map(\.rawValue).joined(separator: " "))) }
            w.text("strategy", attrs, s.title)
        }
        w.close("strategies")

        w.open("matrix")
        for row in a.matrix.rows {
            if row.counts.isEmpty {
                w.empty("row", [("level", row.level.rawValue)])
                continue
            }
            w.open("row", [("level", row.level.rawValue)])
            for (s, n) in zip(a.matrix.strategies, row.counts) {
                w.empty("cell", [("standard", s.rawValue), ("interventions", String(n))])
            }
            w.close("row")
        }
        w.close("matrix")

        var approach = [("met", String(a.approach.isMet))]
        if let s = a.approach.standard { approach.insert(("standard", s.rawValue), at: 0) }
        if a.approach.uncoveredLevels.isEmpty {
            w.empty("approach", approach)
        } else {
            w.open("approach", approach)
            for l in a.approach.uncoveredLevels { w.empty("uncovered", [("level", l.rawValue)]) }
            w.close("approach")
        }

        w.open("phases")
        for row in a.phaseMatrix.rows {
            var attrs = [("level", row.level.rawValue)]
            for (p, n) in zip(PhaseMatrix.phases, row.counts) { attrs.append((p.rawValue, String(n))) }
            attrs.append(("unspecified", String(row.unspecified)))
            w.empty("row", attrs)
        }
        w.close("phases")

        let risks = a.framework.standards(inPillar: 2)
        if !a.risks.isEmpty {
            w.open("risks")
            for (r, s) in zip(a.risks, risks) {
                var attrs = [("standard", r.risk.rawValue), ("interventions", String(r.interventions))]
                if !r.levels.isEmpty { attrs.append(("levels", r.levels.map(\.rawValue).joined(separator: " "))) }
                w.text("risk", attrs, s.title)
            }
            w.close("risks")
        } else {
            w.empty("risks")
        }

        w.open("reach")
        for row in a.reach {
            if row.groups.isEmpty {
                w.empty("row", [("level", row.level.rawValue)])
                continue
            }
            w.open("row", [("level", row.level.rawValue)])
            for g in row.groups { w.empty("group", [("id", g.group.rawValue), ("interventions", String(g.interventions))]) }
            w.close("row")
        }
        w.close("reach")

        w.open("localisation")
        for l in a.localisation {
            var attrs = [("level", l.level.rawValue), ("interventions", String(l.interventions)), ("local-lead", String(l.locallyLed))]
            if let p = l.percent { attrs.append(("percent", String(p))) }
            w.empty("row", attrs)
        }
        w.close("localisation")

        if a.showsCoordination {
            w.open("coordination", [("lead-agencies", String(a.leadAgencyCount))])
            for row in a.coordination {
                if row.agencies.isEmpty {
                    w.empty("row", [("level", row.level.rawValue)])
                    continue
                }
                w.open("row", [("level", row.level.rawValue)])
                for work in row.agencies {
                    w.empty("agency", [("id", work.agency.rawValue), ("lead", String(work.lead)), ("partner", String(work.partner))])
                }
                w.close("row")
            }
            w.close("coordination")
        }

        let counts = Finding.Severity.allCases.map { s in a.findings.count { $0.severity == s } }
        let summary = [("errors", String(counts[0])), ("warnings", String(counts[1])), ("infos", String(counts[2]))]
        if a.findings.isEmpty {
            w.empty("findings", summary)
        } else {
            w.open("findings", summary)
            for f in a.findings {
                w.text("finding", [("code", f.code.rawValue), ("severity", f.severity.rawValue)] + Self.subject(f.subject), f.message)
            }
            w.close("findings")
        }
        w.close("coverage-report")
        return w.output
    }

    /// The attributes that name a finding's subject; none for the programme as a whole.
    static func subject(_ s: Finding.Subject) -> [(String, String)] {
        switch s {
        case .programme: return []
        case .level(let l): return [("level", l.rawValue)]
        case .standard(let st): return [("standard", st.rawValue)]
        case .intervention(let i): return [("intervention", i.rawValue)]
        case .group(let g, let l): return [("group", g.rawValue), ("level", l.rawValue)]
        }
    }
}
