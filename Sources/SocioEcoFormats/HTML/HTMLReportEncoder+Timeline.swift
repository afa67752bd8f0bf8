import SocioEcoAnalysis
import SocioEcoModel

extension HTMLReportEncoder {
    /// The interventions over time, one band per level (outermost first), each a bar from
    /// its start to its end, with the periods a covered level has no running intervention
    /// hatched, outlined in red and listed in words below. An inline SVG: no script.
    /// Empty when no intervention has a date.
    func timeline(_ programme: Programme, analysis: CoverageAnalysis, palette: StrategyPalette, number: Int) -> String {
        guard let layout = TimelineLayout(programme) else { return "" }
        var out = "<section class=\"timeline-section\" id=\"timeline\">\n<h2>\(number). Over time: the interventions per level</h2>\n"
        out += "<figure class=\"timeline\">\n" + timelineSVG(layout, programme: programme, palette: palette, day: analysis.date)
        out += "<figcaption>From \(layout.start) to \(layout.end): each bar is an intervention at that level, from its start to its end (without dates it runs the whole period), coloured by its strategy standard; a level with more than \(TimelineLayout.barLimit) shows the spans in which some run, with their number. A hatched band outlined in red is a gap: no intervention works at that level then.</figcaption>\n</figure>\n"
        if let day = analysis.date {
            out += "<p class=\"note\">Only the interventions running on \(day) (the line) are drawn; the findings look for gaps in time over all of them.</p>\n"
            return out + "</section>\n"
        }
        let gaps = layout.rows.flatMap { row in row.gaps.map { (row.level, $0.start, $0.end) } }
        if gaps.isEmpty {
            out += "<p>No gap in time: every level with an intervention has one running on every day of the period.</p>\n"
        } else {
            out += "<h3>Gaps in time (\(gaps.count))</h3>\n<ul class=\"time-gaps\">\n"
            for (level, start, end) in gaps {
                out += "<li><span class=\"gap-inline\">From \(start) to \(end)</span> no intervention works at the <span dir=\"auto\">\(e(level.displayName))</span> level.</li>\n"
            }
            out += "</ul>\n"
        }
        let idle = layout.rows.filter(\.bars.isEmpty).map { "<span dir=\"auto\">\(e($0.level.displayName))</span>" }
        if !idle.isEmpty { out += "<p class=\"note\">No intervention at any time at: \(idle.joined(separator: ", ")).</p>\n" }
        return out + "</section>\n"
    }

    // Layout, in SVG user units.
    private static let width = 1100.0, labelWidth = 176.0, laneHeight = 20.0, rowPadding = 6.0, axisHeight = 30.0

    private func timelineSVG(_ layout: TimelineLayout, programme: Programme, palette: StrategyPalette, day: CalendarDate?) -> String {
        let n = SVGGeometry.number
        let x0 = Self.labelWidth + 8, x1 = Self.width - 16
        let first = layout.start.dayNumber, days = Double(layout.end.dayNumber + 1 - first)
        func x(_ dayNumber: Int) -> Double { x0 + Double(dayNumber - first) / days * (x1 - x0) }
        let heights = layout.rows.map { Double($0.lanes) * Self.laneHeight + 2 * Self.rowPadding }
        let height = Self.axisHeight + heights.reduce(0, +) + 8
        var w = XMLWriter.fragment(capacity: 8192)
        w.startTag("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(n(Self.width)) \(n(height))"), ("width", n(Self.width)),
            ("height", n(height)), ("role", "img"), ("aria-labelledby", "timeline-title timeline-desc"),
            ("font-family", "'Noto Sans', 'DejaVu Sans', Arial, sans-serif"),
        ])
        w.newline()
        w.inlineText("title", [("id", "timeline-title")], "The interventions per level over time, \(layout.start) to \(layout.end)")
        w.newline()
        let gapWords = layout.rows.flatMap { row in row.gaps.map { "\(row.level.displayName): gap from \($0.start) to \($0.end)." } }
        let desc = layout.rows.map { "\($0.level.displayName): \(plural($0.bars.count, "intervention"))." } + gapWords
        w.inlineText("desc", [("id", "timeline-desc")], desc.joined(separator: " "))
        w.newline()
        w.startTag("defs")
        w.startTag("pattern", [("id", "timeline-hatch"), ("width", "8"), ("height", "8"), ("patternUnits", "userSpaceOnUse"), ("patternTransform", "rotate(45)")])
        w.emptyTag("rect", [("width", "8"), ("height", "8"), ("fill", "#fdecec")])
        w.emptyTag("line", [("x1", "0"), ("y1", "0"), ("x2", "0"), ("y2", "8"), ("stroke", "#c00000"), ("stroke-width", "2.5")])
        w.endTag("pattern")
        w.endTag("defs")
        w.newline()
        w.emptyTag("rect", [("width", n(Self.width)), ("height", n(height)), ("fill", "#ffffff")])
        w.newline()
        // The axis: a line at each year's start, and at each quarter's when the period is short.
        let bottom = height - 8
        let years = layout.end.year - layout.start.year
        // At most about twenty year lines, however long the period.
        for year in stride(from: layout.start.year, through: layout.end.year, by: max(1, years / 20)) {
            for month in stride(from: 1, through: 12, by: years <= 3 ? 3 : 12) {
                guard let tick = CalendarDate(year: year, month: month, day: 1), tick >= layout.start, tick <= layout.end else { continue }
                let tx = x(tick.dayNumber), isYear = month == 1
                w.emptyTag("line", [("x1", n(tx)), ("y1", "22"), ("x2", n(tx)), ("y2", n(bottom)), ("stroke", isYear ? "#8a8a8a" : "#d4d4d4"), ("stroke-width", "1")])
                w.inlineText("text", [("x", n(tx + 3)), ("y", "17"), ("font-size", isYear ? "12" : "10"), ("font-weight", isYear ? "bold" : "normal"), ("fill", "#333333")],
                             isYear ? String(year) : Self.monthNames[month - 1])
                w.newline()
            }
        }
        var top = Self.axisHeight
        for (k, row) in layout.rows.enumerated() {
            let h = heights[k]
            w.startTag("g", [("class", "timeline-level"), ("data-level", row.level.id.rawValue)])
            w.emptyTag("rect", [("x", "0"), ("y", n(top)), ("width", n(Self.width)), ("height", n(h)), ("fill", k % 2 == 0 ? "#f3f5f8" : "#fbfbfc"), ("fill-opacity", "0.7")])
            let lines = SVGGeometry.wrap(row.level.displayName, maxWidth: Self.labelWidth - 12, fontSize: 13, maxLines: 2)
            for (l, line) in lines.enumerated() {
                let y = top + h / 2 + 4.5 + (Double(l) - Double(lines.count - 1) / 2) * 15
                w.inlineText("text", [("x", "8"), ("y", n(y)), ("font-size", "13"), ("font-weight", "bold"), ("fill", "#111111")], line)
            }
            w.newline()
            if row.bars.isEmpty {
                w.emptyTag("rect", [("x", n(x0)), ("y", n(top + 3)), ("width", n(x1 - x0)), ("height", n(h - 6)), ("fill", "url(#timeline-hatch)"), ("fill-opacity", "0.5")])
                w.inlineText("text", [("x", n((x0 + x1) / 2)), ("y", n(top + h / 2 + 4)), ("text-anchor", "middle"), ("font-size", "12"), ("font-style", "italic"), ("fill", "#7a0016")],
                             "no intervention at this level")
                w.newline()
            }
            for gap in row.gaps {
                let gx = x(gap.start.dayNumber), gw = x(gap.end.dayNumber + 1) - gx
                w.startTag("g", [("class", "time-gap")])
                w.inlineText("title", [], "Gap: from \(gap.start) to \(gap.end) no intervention works at the \(row.level.displayName) level")
                w.emptyTag("rect", [("x", n(gx)), ("y", n(top + 2)), ("width", n(gw)), ("height", n(h - 4)), ("fill", "url(#timeline-hatch)"), ("stroke", "#c00000"), ("stroke-width", "2")])
                if gw > 34 {
                    let label = SVGGeometry.fit("gap: no intervention", maxWidth: gw - 14, fontSize: 11)
                    let lw = SVGGeometry.estimatedWidth(label, fontSize: 11) + 8
                    w.emptyTag("rect", [("x", n(gx + gw / 2 - lw / 2)), ("y", n(top + h / 2 - 7)), ("width", n(lw)), ("height", "16"), ("rx", "3"), ("fill", "#ffffff")])
                    w.inlineText("text", [("x", n(gx + gw / 2)), ("y", n(top + h / 2 + 4)), ("text-anchor", "middle"), ("font-size", "11"), ("font-weight", "bold"), ("fill", "#7a0016")],
                                 label)
                }
                w.endTag("g")
                w.newline()
            }
            for bar in row.bars {
                let item = bar.intervention.map { programme.interventions[$0] }
                let colour = item.flatMap { palette.strategies(of: $0).first.flatMap(palette.colour(of:)) } ?? StrategyPalette.noStrategy
                let bx = x(bar.start.dayNumber), bw = max(x(bar.end.dayNumber + 1) - bx, 2)
                let by = top + Self.rowPadding + Double(bar.lane) * Self.laneHeight
                let label = item.map(\.id.rawValue) ?? plural(bar.count, "intervention")
                w.startTag("g", [("class", "bar")])
                w.inlineText("title", [], item.map { "\($0.id): \($0.title) (\($0.start?.description ?? "from the start") to \($0.end?.description ?? "the end"))" }
                             ?? "\(plural(bar.count, "intervention")) running from \(bar.start) to \(bar.end)")
                w.emptyTag("rect", [("x", n(bx)), ("y", n(by + 1)), ("width", n(bw)), ("height", n(Self.laneHeight - 3)), ("rx", "3"),
                                    ("fill", colour), ("fill-opacity", "0.35"), ("stroke", colour), ("stroke-width", "1.2")])
                if bw > 24 {
                    w.inlineText("text", [("x", n(bx + 4)), ("y", n(by + Self.laneHeight / 2 + 3.5)), ("font-size", "10.5"), ("fill", "#111111")],
                                 SVGGeometry.fit(label, maxWidth: bw - 8, fontSize: 10.5))
                }
                w.endTag("g")
                w.newline()
            }
            w.endTag("g")
            w.newline()
            top += h
        }
        if let day, day >= layout.start, day <= layout.end {
            let dx = x(day.dayNumber)
            w.emptyTag("line", [("x1", n(dx)), ("y1", "22"), ("x2", n(dx)), ("y2", n(bottom)), ("stroke", "#111111"), ("stroke-width", "2"), ("stroke-dasharray", "5 3")])
            w.newline()
        }
        w.endTag("svg")
        w.newline()
        return w.output
    }

    private static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
