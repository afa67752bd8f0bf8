import SocioEcoAnalysis
import SocioEcoModel

/// The key beside the rings: each strategy's colour, the grey of "no strategy", the hatch
/// of an uncovered level, and the number of interventions per level in words.
struct SVGLegend {
    /// What an entry shows before its text.
    private enum Swatch {
        /// An intervention's mark in these colours (none: the hollow grey ring).
        case mark([String])
        /// A ring's square, hatched when the level has no intervention.
        case ring(hatched: Bool)
    }

    let x: Double
    let width: Double
    let idPrefix: String
    private(set) var bottom: Double
    /// The legend's markup, a fragment for the diagram to append.
    private(set) var writer = XMLWriter.fragment()

    init(x: Double, y: Double, width: Double, idPrefix: String) {
        self.x = x
        self.width = width
        self.idPrefix = idPrefix
        bottom = y
    }

    mutating func add(_ analysed: AnalysedProgramme, layout: RingLayout, palette: StrategyPalette) {
        let analysis = analysed.analysis
        let n = SVGGeometry.number
        writer.startTag("g", [("class", "legend"), ("font-size", "12"), ("fill", "#111111")])
        writer.newline()
        heading("Strategy standards")
        for (i, strategy) in palette.strategies.enumerated() {
            let colour = palette.colour(of: strategy.id) ?? StrategyPalette.noStrategy
            let count = i < analysis.strategyUse.count ? analysis.strategyUse[i] : 0
            let note = strategy.id == analysis.approach.standard ? analysis.approach.status
                : count == 0 ? "not used" : plural(count, "intervention")
            entry(.mark([colour]), text: "\(strategy.id.rawValue) \(strategy.title)", note: note)
        }
        entry(.mark([]), text: "No strategy standard", note: plural(analysis.interventionsWithoutStrategy, "intervention"))
        entry(.mark(Array(StrategyPalette.okabeIto.prefix(2))), text: "Two or more strategies: one wedge each", note: nil)
        bottom += 8
        heading("Interventions per level")
        for ring in layout.rings.reversed() {
            entry(.ring(hatched: ring.marks.isEmpty), text: ring.level.displayName,
                  note: ring.marks.isEmpty ? "no intervention (hatched)" : plural(ring.marks.count, "intervention"))
        }
        writer.inlineText("text", [("x", n(x)), ("y", n(bottom + 6)), ("font-size", "11"), ("fill", "#333333")],
                          "Outermost ring listed first. \"+N more\": marks that did not fit.")
        writer.newline()
        bottom += 14
        writer.endTag("g")
        writer.newline()
    }

    private mutating func heading(_ text: String) {
        bottom += 16
        writer.inlineText("text", [("x", SVGGeometry.number(x)), ("y", SVGGeometry.number(bottom)), ("font-size", "13"), ("font-weight", "bold")], text)
        writer.newline()
        bottom += 20
    }

    /// One line (or two, for a long name) with a swatch, the name and a count.
    private mutating func entry(_ swatch: Swatch, text: String, note: String?) {
        let n = SVGGeometry.number
        switch swatch {
        case .mark(let colours):
            SVGGlyph.mark(x: x + 8, y: bottom - 4, radius: 6, colours: colours, to: &writer)
        case .ring(let hatched):
            writer.emptyTag("rect", [
                ("x", n(x + 1)), ("y", n(bottom - 11)), ("width", "14"), ("height", "14"),
                ("fill", hatched ? "url(#\(idPrefix)-hatch)" : "#f3f5f8"), ("stroke", "#4d4d4d"),
            ])
        }
        writer.newline()
        let lines = SVGGeometry.wrap(text, maxWidth: width - 26, fontSize: 12, maxLines: 2)
        for (i, line) in lines.enumerated() {
            writer.inlineText("text", [("x", n(x + 22)), ("y", n(bottom + Double(i) * 15))], line)
            writer.newline()
        }
        bottom += Double(lines.count - 1) * 15
        if let note {
            bottom += 14
            writer.inlineText("text", [("x", n(x + 22)), ("y", n(bottom)), ("font-size", "11"), ("fill", "#444444")], note)
            writer.newline()
        }
        bottom += 21
    }
}
