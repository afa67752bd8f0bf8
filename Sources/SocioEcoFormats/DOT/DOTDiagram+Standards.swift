import SocioEcoModel

extension DOTDiagram {
    /// The standards beside the rings, one cluster per group. A strategy carries its
    /// colour; a standard no intervention is linked to is greyed and dashed.
    mutating func writeStandards() {
        for (number, group) in standardGroups.enumerated() {
            writer.open("subgraph", "cluster_standards:\(number)")
            writer.defaults("graph", [
                ("label", group.name), ("style", "rounded"), ("color", "#B0B0B0"), ("fontsize", "13"), ("margin", "10"),
            ])
            for standard in group.standards { writeStandard(standard) }
            writer.close()
        }
    }

    private mutating func writeStandard(_ standard: Standard) {
        let count = facts.count(linkedTo: standard.id)
        var text = standard.id.rawValue
        if !standard.title.isEmpty { text += " \u{00B7} " + DiagramText.truncated(standard.title, limit: 100) }
        let approach = standard.id == facts.analysis.approach.standard ? facts.analysis.approach : nil
        let label = DiagramText.wrapped(text, width: 34) + "\n" + (approach.map { DiagramText.wrapped($0.status, width: 34) } ?? DiagramText.interventions(count))
        var attributes = [("label", label), ("tooltip", standard.title.isEmpty ? standard.id.rawValue : standard.title)]
        if let approach, !approach.isMet {
            attributes += [("style", "dashed,rounded,filled"), ("color", DiagramStyle.hole), ("fillcolor", DiagramStyle.holeFill)]
        } else if approach != nil {
            attributes += [("color", DiagramStyle.ringBorder), ("fillcolor", "#F0F0F0"), ("penwidth", "2.5")]
        } else if count == 0 {
            attributes += [
                ("style", "dashed,rounded,filled"), ("color", DiagramStyle.unused), ("fillcolor", DiagramStyle.unusedFill),
                ("fontcolor", DiagramStyle.unusedText),
            ]
        } else if let colour = palette.colour(of: standard.id) {
            attributes += [("color", colour), ("fillcolor", DiagramStyle.tint(colour)), ("penwidth", "2.5")]
        } else {
            attributes += [("color", DiagramStyle.otherStandardEdge), ("fillcolor", "#F0F0F0")]
        }
        writer.node(DOTNodeID.standard(standard.id), attributes)
    }

    /// One edge from each intervention to each drawn standard it is linked to: strategy
    /// edges in the strategy's colour, risk edges dashed, sector edges dotted.
    mutating func writeInterventionEdges() {
        var drawn: [Standard.ID: Standard] = [:]
        for group in standardGroups {
            for s in group.standards where drawn[s.id] == nil { drawn[s.id] = s }
        }
        for intervention in programme.interventions {
            var seen = Set<Standard.ID>()
            for id in intervention.standards where seen.insert(id).inserted {
                guard let standard = drawn[id] else { continue }
                let attributes: [(String, String)]
                if let colour = palette.colour(of: id), let style = palette.lineStyle(of: id) {
                    attributes = [("color", colour), ("style", style)]
                } else {
                    attributes = [
                        ("color", DiagramStyle.otherStandardEdge), ("style", standard.pillar == 2 ? "dashed" : "dotted"),
                        ("penwidth", "1"),
                    ]
                }
                writer.edge(DOTNodeID.intervention(intervention.id), DOTNodeID.standard(id), attributes)
            }
        }
    }

    /// One edge per level and strategy with interventions, labelled with their number;
    /// thicker for larger numbers.
    mutating func writeSummaryEdges() {
        let largest = facts.largestCell
        for level in facts.levels {
            for strategy in facts.strategies {
                let count = facts.count(at: level.id, linkedTo: strategy.id)
                guard count > 0 else { continue }
                let width = 1 + (4 * count + largest - 1) / largest
                writer.edge(DOTNodeID.level(level.id), DOTNodeID.standard(strategy.id), [
                    ("label", String(count)), ("color", palette.colour(of: strategy.id) ?? StrategyPalette.noStrategy),
                    ("fontcolor", palette.textColour(of: strategy.id) ?? StrategyPalette.noStrategy),
                    ("style", palette.lineStyle(of: strategy.id) ?? "solid"), ("penwidth", String(width)),
                ])
            }
        }
    }
}
