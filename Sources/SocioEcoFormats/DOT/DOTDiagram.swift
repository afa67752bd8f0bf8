import SocioEcoAnalysis
import SocioEcoModel

/// One diagram being written: the programme, the chosen view, the coverage facts and
/// the DOT text so far.
struct DOTDiagram {
    let programme: Programme
    let view: DOTEncoder.Options.View
    let facts: DiagramFacts
    let palette: StrategyPalette
    var writer = DOTWriter()
    /// Indices of the interventions drawn in each level (their innermost one); empty in
    /// the summary, which draws none.
    let placed: [Level.ID: [Int]]

    init(_ analysed: AnalysedProgramme, view: DOTEncoder.Options.View) {
        programme = analysed.programme
        self.view = view
        facts = DiagramFacts(analysed, countsOtherStandards: view == .full)
        palette = StrategyPalette(framework: programme.framework)
        var placed: [Level.ID: [Int]] = [:]
        if view != .summary && view != .places {
            for (i, level) in DiagramFacts.innermostLevels(of: programme, levels: facts.levels).enumerated() {
                if let level { placed[level, default: []].append(i) }
            }
        }
        self.placed = placed
    }

    /// The standards drawn beside the rings, in groups: the strategies always, and in
    /// the full view the risk (Pillar 2) and sector (Pillar 4) standards.
    var standardGroups: [(name: String, standards: [Standard])] {
        var groups: [(String, [Standard])] = [(pillarName(3, fallback: "Strategy standards"), facts.strategies)]
        if view == .full {
            for (pillar, fallback) in [(2, "Risk standards (Pillar 2)"), (4, "Sector standards (Pillar 4)")] {
                let standards = programme.framework.standards(inPillar: pillar).filter { !$0.isStrategy }
                if !standards.isEmpty { groups.append((pillarName(pillar, fallback: fallback), standards)) }
            }
        }
        return groups
    }

    private func pillarName(_ pillar: Int, fallback: String) -> String {
        guard programme.framework.kind == .cpms2019, let title = Framework.cpms2019Pillars[pillar] else { return fallback }
        return "Pillar \(pillar): \(title)"
    }

    mutating func write() {
        writer.comment("socioeco export dot, view \(view.rawValue): programme \(programme.id.rawValue)")
        writer.open("digraph", "programme:" + programme.id.rawValue)
        writer.defaults("graph", [
            ("rankdir", "LR"), ("fontname", DiagramStyle.font), ("fontsize", "12"), ("nodesep", "0.25"),
            ("ranksep", view == .summary ? "1.6" : "1.1"), ("labeljust", "l"), ("bgcolor", "white"),
        ])
        writer.defaults("node", [
            ("fontname", DiagramStyle.font), ("fontsize", "11"), ("shape", "box"), ("style", "rounded,filled"),
            ("fillcolor", "white"), ("color", "#404040"), ("margin", "0.12,0.06"),
        ])
        writer.defaults("edge", [
            ("fontname", DiagramStyle.font), ("fontsize", "11"), ("arrowsize", "0.7"), ("penwidth", "1.8"),
        ])
        if view == .places {
            writePlaces()
        } else {
            writeLegend()
            if !facts.levels.isEmpty { writeRing(facts.levels.count - 1, depth: 0) }
            writeStandards()
            if view == .summary { writeSummaryEdges() } else { writeInterventionEdges() }
        }
        // Set last: subgraphs inherit the graph attributes set before them, label too.
        writer.defaults("graph", [("label", graphLabel), ("labelloc", "t"), ("fontsize", "16")])
        writer.close()
    }

    private var graphLabel: String {
        let framework = programme.framework.displayID
        var lines = [DiagramText.wrapped(DiagramText.truncated(programme.title), width: 70)]
        lines.append("Framework \(framework) \u{00B7} \(DiagramText.interventions(programme.interventions.count)) \u{00B7} view: \(view.rawValue)")
        let holes = facts.levels.filter { facts.isUncovered($0.id) }.map(\.displayName)
        if !holes.isEmpty {
            lines.append(DiagramText.wrapped("Levels with no intervention: " + holes.joined(separator: ", "), width: 90))
        }
        let unused = facts.strategies.filter { facts.isUnused($0.id) }.map(\.id.rawValue)
        if !unused.isEmpty {
            lines.append(DiagramText.wrapped("Strategy standards no intervention implements: " + unused.joined(separator: ", "), width: 90))
        }
        return lines.joined(separator: "\n")
    }

    /// The level at `position` (by rank) as a cluster holding the rings inside it.
    private mutating func writeRing(_ position: Int, depth: Int) {
        let level = facts.levels[position]
        let count = facts.count(at: level.id)
        let hole = count == 0
        writer.open("subgraph", DOTNodeID.levelCluster(level.id))
        writer.defaults("graph", [
            // The summary's level node carries the count; the detailed views put it here.
            ("label", DiagramText.truncated(level.displayName, limit: 80)
                + (view == .summary ? "" : " \u{00B7} " + DiagramText.interventions(count))),
            ("style", hole ? "dashed,rounded,filled" : "rounded,filled"),
            ("fillcolor", hole ? DiagramStyle.holeFill : DiagramStyle.ringFill(depth: depth)),
            ("color", hole ? DiagramStyle.hole : DiagramStyle.ringBorder),
            ("fontcolor", hole ? DiagramStyle.hole : "black"),
            ("penwidth", hole ? "2.5" : "1.5"), ("fontsize", "13"), ("margin", "12"),
        ])
        if position > 0 { writeRing(position - 1, depth: depth + 1) }
        if view == .summary {
            writeLevelNode(level, count: count)
        } else {
            for i in placed[level.id] ?? [] { writeIntervention(programme.interventions[i], at: level.id) }
            if hole {
                writer.node(DOTNodeID.hole(level.id), [
                    ("label", "no intervention\nat this level"), ("style", "dashed,filled"), ("fillcolor", "white"),
                    ("color", DiagramStyle.hole), ("fontcolor", DiagramStyle.hole), ("penwidth", "2"),
                ])
            }
        }
        writer.close()
    }

    private mutating func writeIntervention(_ intervention: Intervention, at level: Level.ID) {
        var label = DiagramText.wrapped(DiagramText.truncated(intervention.title))
        let others = facts.levels.filter { $0.id != level && intervention.levels.contains($0.id) }
        if !others.isEmpty {
            let names = others.map { DiagramText.truncated($0.displayName, limit: 60) }
            label += "\n" + DiagramText.wrapped("(also at: " + names.joined(separator: ", ") + ")")
        }
        writer.node(DOTNodeID.intervention(intervention.id), [("label", label), ("tooltip", intervention.title)])
    }

    private mutating func writeLevelNode(_ level: Level, count: Int) {
        var attributes = [("label", DiagramText.wrapped(DiagramText.truncated(level.displayName, limit: 80)) + "\n" + DiagramText.interventions(count))]
        if count == 0 {
            attributes += [("style", "dashed,filled"), ("color", DiagramStyle.hole), ("fontcolor", DiagramStyle.hole), ("penwidth", "2")]
        }
        writer.node(DOTNodeID.level(level.id), attributes)
    }
}
