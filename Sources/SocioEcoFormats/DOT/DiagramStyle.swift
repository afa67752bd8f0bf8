/// Colours and shapes shared by the DOT diagram views; the strategies' colours are the
/// one `StrategyPalette` of every drawing.
enum DiagramStyle {
    /// A pale tint of a palette colour for node fills (GraphViz reads #RRGGBBAA).
    static func tint(_ colour: String) -> String { colour + "2E" }

    static let font = "Helvetica"
    static let hole = "#C00000"
    static let holeFill = "#FDECEC"
    static let unused = "#9A9A9A"
    static let unusedFill = "#F4F4F4"
    static let unusedText = "#6E6E6E"
    static let ringBorder = "#7A8794"
    static let otherStandardEdge = "#5A5A5A"

    /// The fill of a ring by its depth from the outside: the centre is darkest, so the
    /// boxes read as concentric rings.
    static func ringFill(depth: Int) -> String {
        let shades = ["#F6F8FA", "#EAEFF4", "#DDE5ED", "#D0DBE6", "#C4D1DF", "#B8C8D8"]
        return shades[min(depth, shades.count - 1)]
    }
}
