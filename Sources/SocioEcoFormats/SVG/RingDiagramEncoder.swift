import SocioEcoAnalysis
import SocioEcoModel

/// Draws a programme as the socio-ecological diagram: one ring per level, the innermost
/// level (the child) at the centre, each intervention a labelled mark in every ring it
/// works at, coloured by its strategy standards.
///
/// The layout is computed here rather than by GraphViz so that it is deterministic,
/// readable in print and the same on every machine. All free text is XML-escaped.
public struct RingDiagramEncoder: OutputEncoder {
    /// Choices that change the drawing, not the data.
    public struct Options: Hashable, Sendable {
        /// What a mark shows beside its colour.
        public enum MarkLabel: Hashable, Sendable {
            /// The intervention's id, cut to fit.
            case identifier
            /// Its 1-based position in the file, for a report that lists interventions by number.
            case number
        }

        /// Whether the programme's title is drawn above the rings.
        public enum Heading: Hashable, Sendable {
            case title
            case none
        }

        /// Whether the key is drawn in the SVG; a page that explains the colours in its
        /// own text leaves it out so the rings get the whole width.
        public enum Legend: Hashable, Sendable {
            case drawn
            case none
        }

        public var markLabel: MarkLabel
        public var heading: Heading
        public var legend: Legend
        /// Prefix of the ids inside the SVG, so that a page can hold several diagrams.
        public var idPrefix: String
        /// The place the drawing is restricted to (`export svg --place`), named in its
        /// title; nil for the whole programme.
        public var place: Place?

        public init(markLabel: MarkLabel = .identifier, heading: Heading = .title, legend: Legend = .drawn,
                    idPrefix: String = "rings", place: Place? = nil) {
            self.markLabel = markLabel
            self.heading = heading
            self.legend = legend
            self.idPrefix = idPrefix
            self.place = place
        }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    // Layout constants, in SVG user units (pixels at 100 %).
    static let rowHeight = 20.0
    static let slotWidth = 114.0
    static let padding = 5.0
    static let markFont = 11.0
    static let labelFont = 13.0
    static let legendWidth = 360.0

    /// The whole SVG document, ending with a newline; written through `XMLWriter`, so
    /// every attribute and text is escaped by `XMLEscaping`.
    public func encode(_ input: AnalysedProgramme) -> String {
        let programme = input.programme
        let layout = RingLayout(input)
        let palette = StrategyPalette(framework: programme.framework)
        let p = options.idPrefix
        let headingHeight = options.heading == .title ? 48.0 : 0
        let r = layout.outerRadius
        let cx = 20 + r, cy = headingHeight + 16 + r
        // A large drawing takes the legend below it, so that scaled to a page's width the
        // legend stays as legible as the marks.
        let below = r > 430
        let legendX = below ? 20 : 2 * r + 60
        let legendWidth = below ? min(2 * r, 720) : Self.legendWidth
        var legend = SVGLegend(x: legendX, y: below ? cy + r + 8 : headingHeight + 20, width: legendWidth, idPrefix: options.idPrefix)
        if options.legend == .drawn { legend.add(input, layout: layout, palette: palette) }
        let width = below || options.legend == .none ? 2 * r + 40 : legendX + legendWidth + 20
        let height = max(cy + r + 20, legend.bottom + 20)
        let n = SVGGeometry.number

        var w = XMLWriter.fragment(capacity: 4096)
        w.startTag("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"), ("width", n(width)), ("height", n(height)),
            ("viewBox", "0 0 \(n(width)) \(n(height))"), ("role", "img"), ("aria-labelledby", "\(p)-title \(p)-desc"),
            ("font-family", "'Noto Sans', 'DejaVu Sans', Arial, sans-serif"),
        ])
        w.newline()
        w.inlineText("title", [("id", p + "-title")], "Socio-ecological diagram: " + programme.title + placeSuffix)
        w.newline()
        w.inlineText("desc", [("id", p + "-desc")], description(input, layout: layout))
        w.newline()
        w.startTag("defs")
        w.startTag("pattern", [
            ("id", p + "-hatch"), ("width", "8"), ("height", "8"), ("patternUnits", "userSpaceOnUse"), ("patternTransform", "rotate(45)"),
        ])
        w.emptyTag("rect", [("width", "8"), ("height", "8"), ("fill", "#ffffff")])
        w.emptyTag("line", [("x1", "0"), ("y1", "0"), ("x2", "0"), ("y2", "8"), ("stroke", "#9a9a9a"), ("stroke-width", "3")])
        w.endTag("pattern")
        w.endTag("defs")
        w.newline()
        w.emptyTag("rect", [("width", n(width)), ("height", n(height)), ("fill", "#ffffff")])
        w.newline()
        if options.heading == .title {
            let title = SVGGeometry.fit(programme.title + placeSuffix, maxWidth: width - 40, fontSize: 18)
            w.inlineText("text", [("x", "20"), ("y", "32"), ("font-size", "18"), ("font-weight", "bold"), ("fill", "#111111")], title)
            w.newline()
        }
        w.startTag("g", [("transform", "translate(\(n(cx)) \(n(cy)))")])
        w.newline()
        // Outermost first: each inner disc covers the middle of the one before it.
        for ring in layout.rings.reversed() {
            let fill = ring.marks.isEmpty ? "url(#\(p)-hatch)" : (ring.index % 2 == 0 ? "#f3f5f8" : "#fbfbfc")
            w.emptyTag("circle", [("r", n(ring.outer)), ("fill", fill), ("stroke", "#4d4d4d"), ("stroke-width", "1.5")])
            w.newline()
        }
        for ring in layout.rings {
            writeRing(ring, programme: programme, palette: palette, to: &w)
        }
        w.endTag("g")
        w.newline()
        w.append(legend.writer)
        w.endTag("svg")
        w.newline()
        return w.output
    }

    private func writeRing(_ ring: RingLayout.Ring, programme: Programme, palette: StrategyPalette, to w: inout XMLWriter) {
        let n = SVGGeometry.number
        w.startTag("g", [("class", "ring"), ("data-level", ring.level.id.rawValue)])
        w.newline()
        let labelY = ring.labelRowTop + Self.rowHeight / 2 + 4.5
        let boxWidth = SVGGeometry.estimatedWidth(ring.labelText, fontSize: Self.labelFont) + 12
        w.emptyTag("rect", [
            ("x", n(-boxWidth / 2)), ("y", n(ring.labelRowTop + 1)), ("width", n(boxWidth)), ("height", n(Self.rowHeight - 2)),
            ("rx", "4"), ("fill", "#ffffff"), ("fill-opacity", "0.9"),
        ])
        w.newline()
        w.inlineText("text", [
            ("y", n(labelY)), ("text-anchor", "middle"), ("font-size", n(Self.labelFont)), ("font-weight", "bold"), ("fill", "#111111"),
        ], ring.labelText)
        w.newline()
        if ring.marks.isEmpty {
            let y = ring.noteRowTop
            w.emptyTag("rect", [("x", "-58"), ("y", n(y + 1)), ("width", "116"), ("height", n(Self.rowHeight - 2)), ("rx", "4"), ("fill", "#ffffff")])
            w.newline()
            w.inlineText("text", [
                ("y", n(y + Self.rowHeight / 2 + 4)), ("text-anchor", "middle"), ("font-size", "12"), ("font-style", "italic"), ("fill", "#222222"),
            ], "no intervention")
            w.newline()
        }
        let shown = ring.marks.count > ring.slots.count ? max(0, ring.slots.count - 1) : ring.marks.count
        if shown == ring.marks.count {
            // Spread a few marks over the whole ring rather than crowding its top.
            let total = ring.slots.count, count = ring.marks.count
            for (k, mark) in ring.marks.enumerated() {
                writeMark(mark, slot: ring.slots[(2 * k + 1) * total / (2 * count)], programme: programme, palette: palette, to: &w)
            }
        } else {
            for (slot, mark) in zip(ring.slots, ring.marks.prefix(shown)) {
                writeMark(mark, slot: slot, programme: programme, palette: palette, to: &w)
            }
        }
        if shown < ring.marks.count, let slot = ring.slots.last {
            let rest = ring.marks.count - shown
            w.inlineText("text", [
                ("x", n(slot.x + 4)), ("y", n(slot.y + Self.rowHeight / 2 + 4)), ("font-size", n(Self.markFont)), ("font-weight", "bold"),
                ("fill", "#111111"),
            ], "+\(rest) more")
            w.newline()
        }
        w.endTag("g")
        w.newline()
    }

    private func writeMark(_ index: Int, slot: SVGGeometry.Slot, programme: Programme, palette: StrategyPalette, to w: inout XMLWriter) {
        let n = SVGGeometry.number
        let item = programme.interventions[index]
        let strategies = palette.strategies(of: item)
        let names = strategies.map { id in programme.framework.standard(id).map { "\($0.id) \($0.title)" } ?? id.rawValue }
        let tip = "\(item.id): \(item.title) (strategy: " + (names.isEmpty ? "none" : names.joined(separator: "; ")) + ")"
        let gx = slot.x + 9, gy = slot.y + Self.rowHeight / 2
        w.startTag("g", [("class", "mark")])
        w.inlineText("title", [], tip)
        SVGGlyph.mark(x: gx, y: gy, radius: 6, colours: strategies.compactMap(palette.colour(of:)), to: &w)
        let label = options.markLabel == .number ? String(index + 1) : item.id.rawValue
        let fitted = SVGGeometry.fit(label, maxWidth: slot.width - 22, fontSize: Self.markFont)
        w.inlineText("text", [("x", n(slot.x + 19)), ("y", n(gy + 4)), ("font-size", n(Self.markFont)), ("fill", "#111111")], fitted)
        w.endTag("g")
        w.newline()
    }

    /// The text alternative: what the drawing shows, in sentences.
    func description(_ analysed: AnalysedProgramme, layout: RingLayout) -> String {
        let programme = analysed.programme
        var parts = ["\(plural(programme.interventions.count, "intervention")) across \(plural(layout.rings.count, "level")) of the socio-ecological model, innermost ring first."]
        for ring in layout.rings {
            let name = ring.level.displayName
            parts.append(ring.marks.isEmpty ? "\(name): no intervention." : "\(name): \(plural(ring.marks.count, "intervention")).")
        }
        let unlinked = analysed.analysis.interventionsWithoutStrategy
        if unlinked > 0 { parts.append("\(plural(unlinked, "intervention")) linked to no strategy standard (grey).") }
        return parts.joined(separator: " ")
    }
}

func plural(_ count: Int, _ singular: String) -> String {
    "\(count) \(singular)\(count == 1 ? "" : "s")"
}
