/// Colours and shapes shared by the diagram views.
enum DiagramStyle {
    /// The Okabe-Ito palette, safe for the common colour-vision deficiencies; blue first
    /// and vermillion late so the first strategies stay clear of the red of holes.
    static let strategyColours = [
        "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
    ]

    /// The colour of the strategy at `index` among the framework's strategies.
    static func strategyColour(_ index: Int) -> String { strategyColours[index % strategyColours.count] }

    /// Past eight strategies colours repeat; the line style tells the repeats apart.
    static func strategyLineStyle(_ index: Int) -> String {
        ["solid", "dashed", "dotted", "bold"][(index / strategyColours.count) % 4]
    }

    /// The colour for text in a strategy's colour: the palette's yellow is too light to
    /// read on white, so its text is darkened.
    static func strategyTextColour(_ index: Int) -> String {
        let colour = strategyColour(index)
        return colour == "#F0E442" ? "#8A7F00" : colour
    }

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
