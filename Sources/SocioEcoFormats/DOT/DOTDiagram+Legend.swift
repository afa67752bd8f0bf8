extension DOTDiagram {
    /// A key to the drawing: what a ring, an intervention, a hole, a strategy and an
    /// unused strategy look like, and in the full view the risk and sector edges.
    mutating func writeLegend() {
        writer.open("subgraph", "cluster_legend")
        writer.defaults("graph", [
            ("label", "Legend"), ("style", "rounded"), ("color", "#B0B0B0"), ("fontsize", "13"), ("margin", "10"),
        ])
        writer.defaults("node", [("fontsize", "10")])
        writer.node("legend:ring", [
            ("label", "Level of the socio-ecological\nmodel: rings nest outwards\nfrom the child"),
            ("fillcolor", DiagramStyle.ringFill(depth: 2)), ("color", DiagramStyle.ringBorder),
        ])
        if view != .summary {
            writer.node("legend:intervention", [("label", "Intervention, drawn in the\ninnermost level it works at\n(also at: its other levels)")])
        }
        writer.node("legend:hole", [
            ("label", "Level with no intervention"), ("style", "dashed,rounded,filled"), ("fillcolor", DiagramStyle.holeFill),
            ("color", DiagramStyle.hole), ("fontcolor", DiagramStyle.hole), ("penwidth", "2"),
        ])
        // Black, the palette's last colour, so the key matches no strategy in particular.
        let colour = StrategyPalette.okabeIto[StrategyPalette.okabeIto.count - 1]
        writer.node("legend:strategy", [
            ("label", view == .summary
                ? "Strategy standard; an edge from\na level, in the strategy's colour,\ncounts its interventions there"
                : "Strategy standard; edges in its\ncolour come from the interventions\nthat implement it"),
            ("color", colour), ("fillcolor", "#F2F2F2"), ("penwidth", "2.5"),
        ])
        writer.node("legend:unused", [
            ("label", "Strategy standard that\nno intervention implements"), ("style", "dashed,rounded,filled"),
            ("color", DiagramStyle.unused), ("fillcolor", DiagramStyle.unusedFill), ("fontcolor", DiagramStyle.unusedText),
        ])
        if view == .full {
            writer.node("legend:links", [
                ("label", "Dashed grey edge: linked to a risk\nDotted grey edge: linked to a sector"), ("color", DiagramStyle.otherStandardEdge),
            ])
        }
        writer.close()
    }
}
