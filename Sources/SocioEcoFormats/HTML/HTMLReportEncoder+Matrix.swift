import SocioEcoAnalysis
import SocioEcoModel

extension HTMLReportEncoder {
    /// The level × strategy matrix as a heat-map table. A hole says "none" in the cell and
    /// an uncovered level says "no intervention" in its row label, so colour is never the
    /// only signal.
    func matrix(_ programme: Programme, analysis: CoverageAnalysis, palette: StrategyPalette) -> String {
        let fw = programme.framework
        let m = analysis.matrix
        var out = "<section class=\"matrix-section\">\n<h2>2. Levels × strategies</h2>\n"
        if m.strategies.isEmpty {
            out += "<p>The framework has no strategy standards, so there is no matrix.</p>\n"
        }
        out += "<table class=\"matrix\">\n<caption class=\"note\">Interventions at each level (rows, outermost first) linked to each strategy standard (columns). Darker cells hold more interventions; “none” is a hole.</caption>\n"
        out += "<thead><tr><th scope=\"col\">Level</th>"
        for (i, id) in m.strategies.enumerated() {
            let title = fw.standard(id)?.title ?? ""
            let colour = palette.colour(of: id) ?? StrategyPalette.noStrategy
            let use = i < analysis.strategyUse.count ? analysis.strategyUse[i] : 0
            out += "<th scope=\"col\"><span class=\"swatch\" style=\"background:\(colour)\"></span>\(e(id.rawValue))"
            out += "<span class=\"std\" dir=\"auto\">\(e(title))</span>"
            if id == analysis.approach.standard {
                out += analysis.approach.isMet ? "<span class=\"small\">met</span>" : "<span class=\"gap\">\(e(analysis.approach.status))</span>"
            } else if use == 0 { out += "<span class=\"gap\">not used</span>" }
            out += "</th>"
        }
        out += "<th scope=\"col\">All interventions at the level</th></tr></thead>\n<tbody>\n"
        let largest = m.rows.flatMap(\.counts).max() ?? 0
        // Outermost first, as the rings read from the edge of the page inwards.
        for (row, coverage) in zip(m.rows, analysis.levels).reversed() {
            let covered = coverage.isCovered
            out += "<tr\(covered ? "" : " class=\"uncovered\"")><th scope=\"row\"><span dir=\"auto\">\(e(coverage.level.displayName))</span>"
            if !covered { out += "<span class=\"gap\">no intervention</span>" }
            out += "</th>"
            for count in row.counts {
                out += count == 0 ? "<td class=\"heat0\">none</td>" : "<td class=\"heat\(Self.heatStep(count, largest: largest))\">\(count)</td>"
            }
            out += "<td class=\"total\">\(covered ? String(coverage.interventions.count) : "none")</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        return out + "</section>\n"
    }

    /// One of four steps of a sequential blue scale (ColorBrewer "Blues", readable in grey
    /// print), relative to the largest cell so a big programme does not saturate; small
    /// counts map to themselves so 1, 2, 3 look different in a small one.
    static func heatStep(_ count: Int, largest: Int) -> Int {
        if largest <= 4 { return min(max(count, 1), 4) }
        return min(4, max(1, (4 * count + largest - 1) / largest))
    }
}
