import SocioEcoAnalysis
import SocioEcoModel

extension DOTDiagram {
    /// The places view: places nest as clusters by the place tree, and each innermost
    /// place holds the interventions working there (those at it, at a place around it or
    /// with no place), one box per level from the outermost on the left, each
    /// intervention in its innermost level as in the other views. A level no intervention
    /// works at in that place is a dashed red box marked "no intervention".
    ///
    /// Above `placeClusterLimit` innermost places or `placePairLimit` intervention and
    /// place pairs it draws one node per innermost place with its counts per level
    /// instead, its holes named and its border dashed red. A programme without places is
    /// drawn as one place, everywhere it works.
    mutating func writePlaces() {
        let coverage = facts.analysis.places
        let levelRows = Array(coverage.levels.indices.reversed())
        let cells = PlaceCells(programme: programme, coverage: coverage)
        let summary = coverage.isEmpty ? programme.interventions.count > DOTEncoder.Options.placePairLimit : cells.isLarge
        writePlacesLegend(summary: summary)
        var open: [(id: Place.ID, opened: Bool)] = []
        var opened = 0
        for row in coverage.rows {
            while let top = open.last, top.id != row.parent {
                open.removeLast()
                if top.opened { writer.close(); opened -= 1 }
            }
            if row.isInnermost {
                let items = summary ? [] : cells.interventions(at: row.place)
                writePlace(id: row.place.rawValue, name: placeName(row), counts: row.counts, interventions: items,
                           levelRows: levelRows, summary: summary)
            } else {
                // Deep trees nest six clusters at most; places further down sit in the sixth.
                let opens = opened < 6
                if opens {
                    writer.open("subgraph", "cluster_place:" + row.place.rawValue)
                    writer.defaults("graph", [
                        ("label", DiagramText.truncated(placeName(row), limit: 80)), ("style", "rounded"), ("color", "#5B6B7B"),
                        ("fillcolor", "white"), ("fontsize", "14"), ("margin", "14"), ("penwidth", "1.5"),
                    ])
                    opened += 1
                }
                open.append((row.place, opens))
            }
        }
        for top in open.reversed() where top.opened { writer.close() }
        if coverage.isEmpty {
            let counts = facts.analysis.levels.map(\.interventions.count)
            writePlace(id: "everywhere", name: "Everywhere the programme works (it names no places)", counts: counts,
                       interventions: summary ? [] : Array(programme.interventions.indices),
                       levelRows: levelRows.isEmpty ? Array(counts.indices.reversed()) : levelRows, summary: summary)
        }
    }

    private func placeName(_ row: PlaceCoverage.Row) -> String {
        row.pcode.map { "\(row.name) (\($0))" } ?? row.name
    }

    /// One innermost place: a cluster of level boxes, or in the summary one node.
    private mutating func writePlace(id: String, name: String, counts: [Int], interventions: [Int], levelRows: [Int], summary: Bool) {
        let levels = facts.levels
        // A level the programme covers nowhere is a hole everywhere, said once in the graph's
        // label; a place is marked for the levels others have and it lacks.
        let holes = levelRows.filter { $0 < levels.count && counts[$0] == 0 && !facts.isUncovered(levels[$0].id) }
            .map { levels[$0].displayName }
        if summary {
            var lines = [DiagramText.wrapped(DiagramText.truncated(name, limit: 80))]
            for r in levelRows where r < levels.count {
                lines.append(DiagramText.truncated(levels[r].displayName, limit: 40) + ": " + (counts[r] == 0 ? "NONE" : String(counts[r])))
            }
            var attributes = [("label", lines.joined(separator: "\n")), ("tooltip", name)]
            if !holes.isEmpty {
                attributes += [("style", "dashed,rounded,filled"), ("color", DiagramStyle.hole), ("fillcolor", DiagramStyle.holeFill), ("penwidth", "2.5")]
            }
            writer.node("place:" + id, attributes)
            return
        }
        writer.open("subgraph", "cluster_place:" + id)
        var label = DiagramText.truncated(name, limit: 80)
        if !holes.isEmpty { label += "\n" + DiagramText.wrapped("no intervention at: " + holes.joined(separator: ", "), width: 60) }
        writer.defaults("graph", [
            ("label", label), ("style", holes.isEmpty ? "rounded,filled" : "rounded,filled,bold"), ("fillcolor", "#FFFFFF"),
            ("color", holes.isEmpty ? "#5B6B7B" : DiagramStyle.hole), ("fontcolor", holes.isEmpty ? "black" : DiagramStyle.hole),
            ("fontsize", "13"), ("margin", "10"), ("penwidth", holes.isEmpty ? "1.5" : "2.5"),
        ])
        let innermost = DiagramFacts.innermostLevels(of: programme, levels: levels)
        var firstNodes: [String] = []
        for (depth, r) in levelRows.enumerated() where r < levels.count {
            let level = levels[r]
            let hole = counts[r] == 0
            writer.open("subgraph", "cluster_place:\(id)|lvl:\(level.id.rawValue)")
            writer.defaults("graph", [
                ("label", DiagramText.truncated(level.displayName, limit: 60) + " \u{00B7} " + DiagramText.interventions(counts[r])),
                ("style", hole ? "dashed,rounded,filled" : "rounded,filled"),
                ("fillcolor", hole ? DiagramStyle.holeFill : DiagramStyle.ringFill(depth: depth)),
                ("color", hole ? DiagramStyle.hole : DiagramStyle.ringBorder), ("fontcolor", hole ? DiagramStyle.hole : "black"),
                ("penwidth", hole ? "2.5" : "1.2"), ("fontsize", "11"), ("margin", "8"),
            ])
            var first: String?
            for i in interventions where innermost[i] == level.id {
                let item = programme.interventions[i]
                let node = "at:\(id)|" + DOTNodeID.intervention(item.id)
                first = first ?? node
                var text = DiagramText.wrapped(DiagramText.truncated(item.title, limit: 90), width: 28)
                let others = levels.filter { $0.id != level.id && item.levels.contains($0.id) }.map(\.displayName)
                if !others.isEmpty { text += "\n" + DiagramText.wrapped("(also at: " + others.joined(separator: ", ") + ")", width: 28) }
                let colour = palette.strategies(of: item).first.flatMap(palette.colour(of:))
                writer.node(node, [("label", text), ("tooltip", "\(item.id.rawValue): \(item.title)")]
                    + (colour.map { [("color", $0), ("penwidth", "2")] } ?? []))
            }
            if first == nil {
                let node = "at:\(id)|" + (hole ? DOTNodeID.hole(level.id) : "also:" + level.id.rawValue)
                writer.node(node, hole
                    ? [("label", "no intervention\nat this level"), ("style", "dashed,filled"), ("fillcolor", "white"),
                       ("color", DiagramStyle.hole), ("fontcolor", DiagramStyle.hole), ("penwidth", "2")]
                    : [("label", "only interventions\ndrawn at an inner level"), ("style", "dotted,rounded"), ("fontsize", "9")])
                first = node
            }
            firstNodes.append(first!)
            writer.close()
        }
        // Invisible edges keep the level boxes in order, outermost on the left.
        for (a, b) in zip(firstNodes, firstNodes.dropFirst()) { writer.edge(a, b, [("style", "invis")]) }
        writer.close()
    }

    private mutating func writePlacesLegend(summary: Bool) {
        writer.open("subgraph", "cluster_legend")
        writer.defaults("graph", [("label", "Legend"), ("style", "rounded"), ("color", "#B0B0B0"), ("fontsize", "13"), ("margin", "10")])
        writer.defaults("node", [("fontsize", "10")])
        if summary {
            writer.node("legend:place", [("label", "Innermost place: interventions\nworking there per level,\noutermost first (more than \(DOTEncoder.Options.placeClusterLimit) places\nor \(DOTEncoder.Options.placePairLimit) intervention-place pairs)")])
            writer.node("legend:hole", [("label", "A place lacking a level\nother places have (NONE)"), ("style", "dashed,rounded,filled"),
                                        ("color", DiagramStyle.hole), ("fillcolor", DiagramStyle.holeFill), ("penwidth", "2.5")])
        } else {
            writer.node("legend:place", [("label", "Each innermost place: its levels,\noutermost on the left, holding the\ninterventions working there")])
            writer.node("legend:intervention", [("label", "Intervention, in the innermost\nlevel it works at; border in\nits strategy's colour")])
            writer.node("legend:hole", [("label", "Level with no intervention\nin that place"), ("style", "dashed,rounded,filled"),
                                        ("fillcolor", DiagramStyle.holeFill), ("color", DiagramStyle.hole), ("fontcolor", DiagramStyle.hole), ("penwidth", "2")])
        }
        writer.close()
    }
}
