import SocioEcoAnalysis
import SocioEcoModel

extension HTMLReportEncoder {
    /// The analysis findings under one heading per severity, most severe first; long runs
    /// of one finding about many interventions as one item listing them.
    func findings(_ analysis: CoverageAnalysis) -> String {
        var out = "<section class=\"findings-section\">\n<h2>3. Findings</h2>\n"
        let groups = analysis.findingGroups
        for severity in Finding.Severity.allCases {
            let items = groups.filter { $0.severity == severity }
            let count = items.reduce(0) { $0 + $1.findings.count }
            let heading: String
            switch severity {
            case .error: heading = "Errors: gaps in the protection children get"
            case .warning: heading = "Warnings: likely mistakes in the design"
            case .info: heading = "For information: worth a look"
            }
            out += "<div class=\"severity-\(severity.rawValue)\">\n<h3>\(heading) (\(count))</h3>\n"
            if items.isEmpty {
                out += "<p class=\"note\">None.</p>\n</div>\n"
                continue
            }
            out += "<ul class=\"findings\">\n"
            for group in items {
                out += "<li><span class=\"code\">\(e(group.code.rawValue))</span> <span dir=\"auto\">\(e(group.message))</span>"
                if group.isGrouped {
                    let ids = group.findings.map { finding -> String in
                        if case .intervention(let id) = finding.subject { return e(id.rawValue) }
                        return e(finding.subject.label)
                    }
                    out += "<br/><span class=\"id\">\(ids.joined(separator: ", "))</span>"
                }
                out += "</li>\n"
            }
            out += "</ul>\n</div>\n"
        }
        return out + "</section>\n"
    }

    /// Every intervention with its levels, standards, agencies, groups and indicators.
    func interventions(_ programme: Programme, palette: StrategyPalette, number: Int) -> String {
        let fw = programme.framework
        let agencies = programme.agencyIndex
        var out = "<section class=\"interventions\">\n<h2>\(number). Interventions (\(programme.interventions.count))</h2>\n"
        if programme.interventions.isEmpty { return out + "<p>The programme lists no interventions.</p>\n</section>\n" }
        out += "<table class=\"items\">\n<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Intervention</th><th scope=\"col\">Levels</th>"
        out += "<th scope=\"col\">Standards</th><th scope=\"col\">Lead and partners</th><th scope=\"col\">Groups</th><th scope=\"col\">Indicators</th></tr></thead>\n<tbody>\n"
        for (i, item) in programme.interventions.enumerated() {
            out += "<tr><td>\(i + 1)</td><td><strong dir=\"auto\">\(e(item.title))</strong><br/><span class=\"id\">\(e(item.id.rawValue))</span>"
            out += "<span class=\"small\"> · \(item.phase?.rawValue ?? "phase not given") · \(item.effectiveStatus.rawValue)</span>"
            if let d = item.description, !d.isEmpty { out += "<div class=\"small description\" dir=\"auto\">\(e(d))</div>" }
            out += "</td>\n<td>" + list(item.levels.map { id in "<span dir=\"auto\">\(e(fw.level(id)?.displayName ?? id.rawValue))</span>" }) + "</td>\n"
            let strategies = palette.strategies(of: item)
            var standards = strategies.map { id in
                "<span class=\"swatch\" style=\"background:\(palette.colour(of: id) ?? StrategyPalette.noStrategy)\"></span><strong>\(e(id.rawValue))</strong> <span dir=\"auto\">\(e(fw.standard(id)?.title ?? ""))</span>"
            }
            if strategies.isEmpty { standards.append("<span class=\"swatch none\"></span><em>no strategy standard</em>") }
            standards += item.standards.filter { !strategies.contains($0) }.map { id in
                "\(e(id.rawValue)) <span dir=\"auto\">\(e(fw.standard(id)?.title ?? ""))</span>"
            }
            out += "<td>" + list(standards) + "</td>\n"
            var who: [String] = []
            if let lead = item.lead { who.append("<strong dir=\"auto\">\(e(agencies[lead]?.name ?? lead.rawValue))</strong> (lead)") }
            else { who.append("<em>no lead agency</em>") }
            who += item.partners.map { "<span dir=\"auto\">\(e(agencies[$0]?.name ?? $0.rawValue))</span>" }
            out += "<td>" + list(who) + "</td>\n"
            out += "<td>" + (item.reaches.isEmpty ? "<em>none named</em>" : list(item.reaches.map { e($0.rawValue) })) + "</td>\n"
            let indicators = item.indicators.map { ind -> String in
                var s = "<span dir=\"auto\">\(ind.text.isEmpty ? "<em>no wording</em>" : e(ind.text))</span>"
                if let t = ind.target { s += " <span class=\"small\">(target \(e(t.text))\(ind.unit.map { $0 == .percent ? " %" : " " + $0.rawValue } ?? ""))</span>" }
                return s
            }
            out += "<td>" + (indicators.isEmpty ? "<em>no indicator</em>" : list(indicators)) + "</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    /// The agencies with what each leads and implements.
    func agencies(_ programme: Programme, number: Int) -> String {
        var out = "<section class=\"agencies\">\n<h2>\(number). Agencies (\(programme.agencies.count))</h2>\n"
        if programme.agencies.isEmpty { return out + "<p>The programme lists no agencies.</p>\n</section>\n" }
        out += "<table>\n<thead><tr><th scope=\"col\">Agency</th><th scope=\"col\">Type</th><th scope=\"col\">Local or national</th>"
        out += "<th scope=\"col\">Leads</th><th scope=\"col\">Partner in</th></tr></thead>\n<tbody>\n"
        for agency in programme.agencies {
            let leads = programme.interventions.count { $0.lead == agency.id }
            let partners = programme.interventions.count { $0.partners.contains(agency.id) }
            out += "<tr><td><span dir=\"auto\">\(e(agency.name))</span> <span class=\"id\">\(e(agency.id.rawValue))</span></td>"
            out += "<td>\(agency.type.rawValue.replacingHyphens)</td><td>\(agency.isLocal ? "yes" : "no")</td>"
            out += "<td>\(leads)</td><td>\(partners)</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    private func list(_ items: [String]) -> String {
        if items.count == 1 { return items[0] }
        return "<ul>" + items.map { "<li>\($0)</li>" }.joined() + "</ul>"
    }
}
