import SocioEcoModel

/// The key beside the rings: each strategy's colour, the grey of "no strategy", the hatch
/// of an uncovered level, and the number of interventions per level in words.
struct SVGLegend {
    let x: Double
    let width: Double
    let idPrefix: String
    private(set) var bottom: Double
    private(set) var output = ""

    init(x: Double, y: Double, width: Double, idPrefix: String) {
        self.x = x
        self.width = width
        self.idPrefix = idPrefix
        bottom = y
    }

    mutating func add(programme: Programme, layout: RingLayout, palette: StrategyPalette) {
        let n = SVGGeometry.number
        output += "<g class=\"legend\" font-size=\"12\" fill=\"#111111\">\n"
        heading("Strategy standards")
        for strategy in palette.strategies {
            let colour = palette.colour(of: strategy.id) ?? StrategyPalette.noStrategy
            let count = programme.interventions.filter { palette.strategies(of: $0).contains(strategy.id) }.count
            let text = "\(strategy.id.rawValue) \(strategy.title)"
            entry(SVGGlyph.mark(x: x + 8, y: bottom - 4, radius: 6, colours: [colour]), text: text,
                  note: count == 0 ? "not used" : plural(count, "intervention"))
        }
        let unlinked = programme.interventions.filter { palette.strategies(of: $0).isEmpty }.count
        entry(SVGGlyph.mark(x: x + 8, y: bottom - 4, radius: 6, colours: []), text: "No strategy standard",
              note: plural(unlinked, "intervention"))
        let two = Array(StrategyPalette.okabeIto.prefix(2))
        entry(SVGGlyph.mark(x: x + 8, y: bottom - 4, radius: 6, colours: two),
              text: "Two or more strategies: one wedge each", note: nil)
        bottom += 8
        heading("Interventions per level")
        for ring in layout.rings.reversed() {
            let swatch = "<rect x=\"\(n(x + 1))\" y=\"\(n(bottom - 11))\" width=\"14\" height=\"14\" fill=\"\(ring.marks.isEmpty ? "url(#\(XMLEscaping.attribute(idPrefix))-hatch)" : "#f3f5f8")\" stroke=\"#4d4d4d\"/>"
            entry(swatch, text: ring.level.displayName,
                  note: ring.marks.isEmpty ? "no intervention (hatched)" : plural(ring.marks.count, "intervention"))
        }
        output += "<text x=\"\(n(x))\" y=\"\(n(bottom + 6))\" font-size=\"11\" fill=\"#333333\">Outermost ring listed first. \"+N more\": marks that did not fit.</text>\n"
        bottom += 14
        output += "</g>\n"
    }

    private mutating func heading(_ text: String) {
        bottom += 16
        output += "<text x=\"\(SVGGeometry.number(x))\" y=\"\(SVGGeometry.number(bottom))\" font-size=\"13\" font-weight=\"bold\">\(XMLEscaping.text(text))</text>\n"
        bottom += 20
    }

    /// One line (or two, for a long name) with a swatch, the name and a count.
    private mutating func entry(_ swatch: String, text: String, note: String?) {
        let n = SVGGeometry.number
        output += swatch + "\n"
        let lines = SVGGeometry.wrap(text, maxWidth: width - 26, fontSize: 12, maxLines: 2)
        for (i, line) in lines.enumerated() {
            output += "<text x=\"\(n(x + 22))\" y=\"\(n(bottom + Double(i) * 15))\">\(XMLEscaping.text(line))</text>\n"
        }
        bottom += Double(lines.count - 1) * 15
        if let note {
            bottom += 14
            output += "<text x=\"\(n(x + 22))\" y=\"\(n(bottom))\" font-size=\"11\" fill=\"#444444\">\(XMLEscaping.text(note))</text>\n"
        }
        bottom += 21
    }
}
