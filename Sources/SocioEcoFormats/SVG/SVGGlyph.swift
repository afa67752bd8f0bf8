#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The small shapes of the diagram and its legend.
enum SVGGlyph {
    /// An intervention's mark: a disc in its strategy's colour, split into equal wedges
    /// when it links to several strategies (four at most), or a hollow grey ring when it
    /// links to none, so that "no strategy" differs in shape as well as colour.
    static func mark(x: Double, y: Double, radius: Double, colours: [String], to w: inout XMLWriter) {
        let n = SVGGeometry.number
        let colours = Array(colours.prefix(4))
        if colours.isEmpty {
            w.emptyTag("circle", [
                ("cx", n(x)), ("cy", n(y)), ("r", n(radius - 1)), ("fill", "#ffffff"), ("stroke", StrategyPalette.noStrategy), ("stroke-width", "2.5"),
            ])
            return
        }
        if colours.count == 1 {
            w.emptyTag("circle", [("cx", n(x)), ("cy", n(y)), ("r", n(radius)), ("fill", colours[0]), ("stroke", "#222222"), ("stroke-width", "0.8")])
            return
        }
        let step = 2 * Double.pi / Double(colours.count)
        for (i, colour) in colours.enumerated() {
            // Start at twelve o'clock and go clockwise.
            let a0 = -Double.pi / 2 + step * Double(i), a1 = a0 + step
            let x0 = x + radius * cos(a0), y0 = y + radius * sin(a0)
            let x1 = x + radius * cos(a1), y1 = y + radius * sin(a1)
            w.emptyTag("path", [
                ("d", "M\(n(x)) \(n(y))L\(n(x0)) \(n(y0))A\(n(radius)) \(n(radius)) 0 0 1 \(n(x1)) \(n(y1))Z"), ("fill", colour),
            ])
        }
        w.emptyTag("circle", [("cx", n(x)), ("cy", n(y)), ("r", n(radius)), ("fill", "none"), ("stroke", "#222222"), ("stroke-width", "0.8")])
    }
}
