import SocioEcoAnalysis
import SocioEcoModel

extension HTMLReportEncoder {
    /// The place × level table: every place in tree order, indented by depth, with the
    /// interventions working there at each level (outermost level first, as in the
    /// matrix) and, beside them, the agencies that lead or partner there (the 3W view).
    /// A hole says "none" in its cell and is named again in words in the row's "holes"
    /// column, so colour is never the only signal. The agencies working in every place are
    /// named once above the table and each row names the others, so the rows show where
    /// the agencies differ. Empty when the programme names no places.
    func places(_ programme: Programme, analysis: CoverageAnalysis, number: Int) -> String {
        let coverage = analysis.places
        guard !coverage.isEmpty else { return "" }
        let fw = programme.framework
        let agencies = programme.agencyIndex
        let columns = Array(coverage.levels.indices.reversed())
        let names = coverage.levels.map { fw.level($0)?.displayName ?? $0.rawValue }
        let depth = Self.depths(coverage.rows)
        let nameOf = Dictionary(coverage.rows.map { ($0.place, $0.name) }, uniquingKeysWith: { first, _ in first })
        let largest = coverage.rows.flatMap(\.counts).max() ?? 0
        let innermost = coverage.rows.filter(\.isInnermost)
        let withHoles = innermost.filter { $0.counts.contains(0) }.count
        var out = "<section class=\"places-section\" id=\"places\">\n<h2>\(number). Places × levels: who works where</h2>\n"
        out += "<p>\(plural(coverage.rows.count, "place")), \(innermost.count) innermost; "
        out += withHoles == 0 ? "every innermost place has an intervention at every level.</p>\n"
            : "<strong>\(withHoles) innermost \(withHoles == 1 ? "place has" : "places have") a level no intervention works at.</strong></p>\n"
        // Agencies in every place, in the order of the first row (the same in every row).
        let inAll = Set(coverage.rows.dropFirst().reduce(Set(coverage.rows[0].agencies)) { $0.intersection($1.agencies) })
        let common = coverage.rows[0].agencies.filter(inAll.contains)
        func name(_ id: Agency.ID) -> String { "<span dir=\"auto\">\(e(agencies[id]?.name ?? id.rawValue))</span>" }
        if !common.isEmpty {
            out += "<p><strong>Working in every place (\(common.count)):</strong> \(common.map(name).joined(separator: "; ")).</p>\n"
        }
        out += "<table class=\"places\">\n<caption class=\"note\">Interventions working in each place (rows, in the order of the place tree, places inside another indented below it) at each level (columns, outermost first), counting those at a place around it and those with no place. Darker cells hold more; “none” is a hole. <span aria-hidden=\"true\">◆</span> marks an innermost place (no place inside it): the areas gaps are looked for in.</caption>\n"
        out += "<thead><tr><th scope=\"col\">Place</th>"
        for r in columns { out += "<th scope=\"col\"><span dir=\"auto\">\(e(names[r]))</span></th>" }
        out += "<th scope=\"col\">Holes</th><th scope=\"col\">\(common.isEmpty ? "Agencies working here (lead or partner)" : "Other agencies working here (lead or partner)")</th></tr></thead>\n<tbody>\n"
        for (k, row) in coverage.rows.enumerated() {
            // Binary fractions, so the number prints exactly.
            let indent = Double(min(depth[k], 8)) * 1.25 + 0.5
            out += "<tr class=\"\(row.isInnermost ? "innermost" : "outer")\(row.counts.contains(0) ? " has-hole" : "")\">"
            out += "<th scope=\"row\" style=\"padding-inline-start: \(indent)em\">"
            if row.isInnermost { out += "<span class=\"inner-mark\" aria-hidden=\"true\">◆ </span>" }
            out += "<span dir=\"auto\">\(e(row.name))</span>"
            if let pcode = row.pcode { out += " <span class=\"id\">\(e(pcode))</span>" }
            var hidden: [String] = []
            if row.isInnermost { hidden.append("innermost place") }
            if let parent = row.parent, let name = nameOf[parent] { hidden.append("in " + e(name)) }
            if !hidden.isEmpty { out += "<span class=\"visually-hidden\"> (\(hidden.joined(separator: ", ")))</span>" }
            out += "</th>"
            for r in columns {
                let count = row.counts[r]
                out += count == 0 ? "<td class=\"heat0\">none</td>" : "<td class=\"heat\(Self.heatStep(count, largest: largest))\">\(count)</td>"
            }
            let holes = columns.filter { row.counts[$0] == 0 }.map { "<span dir=\"auto\">\(e(names[$0]))</span>" }
            out += holes.isEmpty ? "<td class=\"holes\">—<span class=\"visually-hidden\">none</span></td>"
                : "<td class=\"holes\"><span class=\"gap\">no intervention at: \(holes.joined(separator: ", "))</span></td>"
            let who = row.agencies.filter { !inAll.contains($0) }.map(name)
            let nobody = common.isEmpty ? "<em>no agency</em>" : "—<span class=\"visually-hidden\">only those working in every place</span>"
            out += "<td class=\"who\">\(who.isEmpty ? nobody : who.joined(separator: "; "))</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        return out + "</section>\n"
    }

    /// Each row's depth in the tree, rows being in tree order (a parent before its children).
    static func depths(_ rows: [PlaceCoverage.Row]) -> [Int] {
        var depthOf: [Place.ID: Int] = [:]
        return rows.map { row in
            let d = row.parent.flatMap { depthOf[$0] }.map { $0 + 1 } ?? 0
            if depthOf[row.place] == nil { depthOf[row.place] = d }
            return d
        }
    }

    /// ", in PLACE" for the document title of a report restricted to a place.
    var placeSuffix: String {
        options.place.map { ", in " + e(oneLine(placeLabel($0))) } ?? ""
    }

    /// Under the header of a report restricted to a place, what it counts.
    func placeView() -> String {
        guard let place = options.place else { return "" }
        return "<p class=\"place-view\"><strong>In <span dir=\"auto\">\(e(placeLabel(place)))</span> only</strong> <span class=\"id\">\(e(place.id.rawValue))</span>: the interventions working there (at it, at a place around it, with no place, or at a place inside it), and the places inside it.</p>\n"
    }
}
