import SocioEcoAnalysis
import SocioEcoModel

extension HTMLReportEncoder {
    /// "What could fill the gaps": for each of the first holes, the two best kinds of
    /// intervention with their possible leads, and whose reading the guidance is.
    func suggestions(_ input: AnalysedProgramme, number: Int) -> String {
        let s = Suggestions(input, holeLimit: CoverageReportTextEncoder.suggestedHoles)
        guard !s.isEmpty else { return "" }
        var out = "<section class=\"suggestions-section\">\n<h2>\(number). What could fill the gaps</h2>\n"
        out += "<p class=\"note\">For each hole above, kinds of intervention that could fill it, best first (\(e(s.provenance))). <code>socioeco suggest</code> lists every option and can write a draft with one planned intervention per hole.</p>\n<dl class=\"suggestions\">\n"
        for item in s.items {
            out += "<dt dir=\"auto\">\(e(item.hole)) <span class=\"code\">\(e(item.code.rawValue))</span></dt>\n<dd><ol>\n"
            for o in item.options.prefix(2) {
                out += "<li><strong dir=\"auto\">\(e(o.entry.title))</strong> <span class=\"small\">(standard \(e(o.entry.standard.rawValue)), \(e(o.entry.levels.map(\.rawValue).joined(separator: ", "))))</span><br/><span dir=\"auto\">\(e(o.entry.summary))</span>"
                if !o.possibleLeads.isEmpty {
                    out += "<br/><span class=\"small\">Possible leads: <span class=\"id\">\(e(o.possibleLeads.map(\.rawValue).joined(separator: ", ")))</span></span>"
                }
                out += "</li>\n"
            }
            if item.options.isEmpty { out += "<li>Nothing in the guidance fits this hole.</li>\n" }
            out += "</ol></dd>\n"
        }
        out += "</dl>\n"
        if s.holeCount > s.items.count {
            out += "<p class=\"note\">\(s.holeCount - s.items.count) more holes: <code>socioeco suggest</code> lists them all.</p>\n"
        }
        return out + "</section>\n"
    }
}
