import SocioEcoAnalysis
import SocioEcoModel

/// Where each ring of the diagram lies and where its marks go, computed once from the
/// programme so that the drawing and its text alternative agree.
struct RingLayout {
    struct Ring {
        var index: Int
        var level: Level
        var inner: Double
        var outer: Double
        /// Indices into `programme.interventions` of the interventions at this level, file order.
        var marks: [Int]
        /// Free places for marks, reading order; the ring's label row is kept clear.
        var slots: [SVGGeometry.Slot]
        var labelRowTop: Double
        var labelText: String
        /// Where "no intervention" goes when the ring is empty: below the name when there
        /// is room above the inner circle, else the mirror row at the bottom of the ring.
        var noteRowTop: Double
    }

    let rings: [Ring]
    let outerRadius: Double

    init(_ analysed: AnalysedProgramme) {
        let levels = analysed.analysis.levels.map(\.level)
        let rowHeight = RingDiagramEncoder.rowHeight, padding = RingDiagramEncoder.padding
        // The analysis names the interventions at each level; the marks need their
        // positions in the file (for numbered labels), the first of a repeated id winning.
        var position: [Intervention.ID: Int] = [:]
        position.reserveCapacity(analysed.programme.interventions.count)
        for (i, item) in analysed.programme.interventions.enumerated() where position[item.id] == nil { position[item.id] = i }
        let markLists = analysed.analysis.levels.map { coverage in coverage.interventions.compactMap { position[$0] } }
        // Each ring grows in steps until its marks fit (or it reaches its bound), so that
        // 3 interventions give a small drawing and 300 still fit on a page; beyond the
        // bound, marks become "+N more". Marks need one slot each plus the name's row.
        var bounds: [(Double, Double)] = []
        var radius = 0.0
        for (i, marks) in markLists.enumerated() {
            let (least, most) = i == 0 ? (100.0, 230.0) : (radius + 64, radius + 170)
            var outer = least
            while outer < most {
                let slots = SVGGeometry.slots(inner: radius, outer: outer, width: RingDiagramEncoder.slotWidth,
                                              rowHeight: rowHeight, padding: padding)
                if slots.count >= marks.count + 3 { break }
                outer += 8
            }
            outer = min(outer, most)
            bounds.append((radius, outer))
            radius = outer
        }
        var rings: [Ring] = []
        for (i, level) in levels.enumerated() {
            let (inner, outer) = bounds[i]
            let marks = markLists[i]
            let (rowTop, half) = Self.labelRow(inner: inner, outer: outer, name: level.displayName)
            let text = SVGGeometry.fit(level.displayName, maxWidth: max(24, 2 * half - 14), fontSize: RingDiagramEncoder.labelFont)
            let clear = SVGGeometry.estimatedWidth(text, fontSize: RingDiagramEncoder.labelFont) / 2 + 10
            var slots: [SVGGeometry.Slot] = []
            if !marks.isEmpty {
                slots = SVGGeometry.slots(inner: inner, outer: outer, width: RingDiagramEncoder.slotWidth,
                                          rowHeight: rowHeight, padding: padding)
                    .filter { $0.y != rowTop || $0.x + $0.width < -clear || $0.x > clear }
            }
            let below = inner == 0 || rowTop + 2 * rowHeight <= -(inner + padding)
            rings.append(Ring(index: i, level: level, inner: inner, outer: outer, marks: marks, slots: slots,
                              labelRowTop: rowTop, labelText: text,
                              noteRowTop: below ? rowTop + rowHeight : -rowTop - rowHeight))
        }
        self.rings = rings
        outerRadius = max(radius, 100)
    }

    /// The first row from the top where the level's name fits across the ring's middle;
    /// returns the row's top and the half-width available there.
    private static func labelRow(inner: Double, outer: Double, name: String) -> (Double, Double) {
        let rowHeight = RingDiagramEncoder.rowHeight, padding = RingDiagramEncoder.padding
        let wanted = min(SVGGeometry.estimatedWidth(name, fontSize: RingDiagramEncoder.labelFont), 320) / 2 + 8
        let tops = SVGGeometry.rowTops(outer: outer, padding: padding, rowHeight: rowHeight)
        var best: (Double, Double) = (tops.first ?? -rowHeight / 2, 0)
        for y0 in tops {
            let y1 = y0 + rowHeight
            // Above the inner circle only: the label must sit in this ring, not the next one in.
            if inner > 0 && y1 > -(inner + padding) { break }
            let half = SVGGeometry.halfChord(radius: outer - padding, y: max(abs(y0), abs(y1)))
            if half > best.1 { best = (y0, half) }
            if half >= wanted { return (y0, half) }
        }
        return best
    }
}
