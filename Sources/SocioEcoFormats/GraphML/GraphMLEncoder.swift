import SocioEcoAnalysis
import SocioEcoModel

/// Writes a programme as a GraphML graph (graphml.graphdrawing.org) for yEd, Gephi and
/// Cytoscape: levels, standards, agencies and interventions as nodes with typed data,
/// and the links between them as edges of a kind.
///
/// Node ids carry their kind (`lvl:`, `std:`, `ag:`, `pl:`, `iv:`) so that ids shared
/// across kinds stay apart. The output is deterministic: framework order for levels (by
/// rank) and standards, file order for agencies, places, interventions and their links.
/// Places are nodes with their pcode and admin level, an `inside` edge to their parent,
/// and `works-in` edges from the interventions at them.
public struct GraphMLEncoder: OutputEncoder {
    public static let namespace = "http://graphml.graphdrawing.org/xmlns"

    /// The data keys, in the order declared: id, target, name and type.
    static let keys: [(id: String, target: String, name: String, type: String)] = [
        ("programme-title", "graph", "title", "string"),
        ("framework", "graph", "framework", "string"),
        ("kind", "node", "kind", "string"),
        ("title", "node", "title", "string"),
        ("level", "node", "level", "string"),
        ("rank", "node", "rank", "int"),
        ("pillar", "node", "pillar", "int"),
        ("strategy", "node", "strategy", "boolean"),
        ("agency-type", "node", "agency type", "string"),
        ("local", "node", "local", "boolean"),
        ("phase", "node", "phase", "string"),
        ("status", "node", "status", "string"),
        ("pcode", "node", "pcode", "string"),
        ("admin-level", "node", "admin level", "int"),
        ("start", "node", "start", "string"),
        ("end", "node", "end", "string"),
        ("edge-kind", "edge", "kind", "string"),
    ]

    /// The graph always holds the whole programme.
    public typealias Options = FixedForm

    public init(options: Options = Options()) {}

    /// The GraphML document for a programme. The graph is the programme's structure, so
    /// the analysis is not read.
    public func encode(_ input: AnalysedProgramme) -> String {
        let programme = input.programme
        var xml = XMLWriter()
        xml.open("graphml", [
            ("xmlns", Self.namespace),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ("xsi:schemaLocation", Self.namespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"),
        ])
        for key in Self.keys {
            xml.empty("key", [("id", key.id), ("for", key.target), ("attr.name", key.name), ("attr.type", key.type)])
        }
        xml.open("graph", [("id", "programme:" + programme.id.rawValue), ("edgedefault", "directed")])
        data(&xml, "programme-title", programme.title)
        data(&xml, "framework", programme.framework.displayID)
        let framework = programme.framework
        for level in framework.levelsByRank {
            node(&xml, "lvl:" + level.id.rawValue, [
                ("kind", "level"), ("title", level.displayName), ("level", level.id.rawValue), ("rank", String(level.rank)),
            ])
        }
        for standard in framework.standards {
            var values = [("kind", "standard"), ("title", standard.title)]
            if !standard.mainLevels.isEmpty { values.append(("level", standard.mainLevels.map(\.rawValue).joined(separator: " "))) }
            values += [("pillar", String(standard.pillar)), ("strategy", String(standard.isStrategy))]
            node(&xml, "std:" + standard.id.rawValue, values)
        }
        for agency in programme.agencies {
            node(&xml, "ag:" + agency.id.rawValue, [
                ("kind", "agency"), ("title", agency.name), ("agency-type", agency.type.rawValue), ("local", String(agency.isLocal)),
            ])
        }
        for place in programme.places {
            var values = [("kind", "place"), ("title", place.name)]
            if let pcode = place.pcode { values.append(("pcode", pcode)) }
            if let admin = place.adminLevel { values.append(("admin-level", String(admin))) }
            node(&xml, "pl:" + place.id.rawValue, values)
        }
        for iv in programme.interventions {
            var values = [("kind", "intervention"), ("title", iv.title), ("level", iv.levels.map(\.rawValue).joined(separator: " "))]
            if let phase = iv.phase { values.append(("phase", phase.rawValue)) }
            values.append(("status", iv.effectiveStatus.rawValue))
            if let start = iv.start { values.append(("start", start.description)) }
            if let end = iv.end { values.append(("end", end.description)) }
            node(&xml, "iv:" + iv.id.rawValue, values)
        }
        var edges = EdgeList()
        for place in programme.places {
            if let parent = place.parent { edges.add("pl:" + place.id.rawValue, "pl:" + parent.rawValue, "inside") }
        }
        for iv in programme.interventions {
            let from = "iv:" + iv.id.rawValue
            for level in iv.levels { edges.add(from, "lvl:" + level.rawValue, "works-at") }
            for standard in iv.standards { edges.add(from, "std:" + standard.rawValue, "implements") }
            if let lead = iv.lead { edges.add(from, "ag:" + lead.rawValue, "led-by") }
            for partner in iv.partners { edges.add(from, "ag:" + partner.rawValue, "partner") }
            for dependency in iv.dependsOn { edges.add(from, "iv:" + dependency.rawValue, "depends-on") }
            for place in iv.places { edges.add(from, "pl:" + place.rawValue, "works-in") }
        }
        for (number, edge) in edges.items.enumerated() {
            xml.open("edge", [("id", "e\(number + 1)"), ("source", edge.source), ("target", edge.target)])
            data(&xml, "edge-kind", edge.kind)
            xml.close("edge")
        }
        xml.close("graph")
        xml.close("graphml")
        return xml.output
    }

    private func node(_ xml: inout XMLWriter, _ id: String, _ values: [(String, String)]) {
        xml.open("node", [("id", id)])
        for (key, value) in values { data(&xml, key, value) }
        xml.close("node")
    }

    private func data(_ xml: inout XMLWriter, _ key: String, _ value: String) {
        // The writer turns characters XML cannot carry (a model built in code may hold
        // NUL or ESC) into U+FFFD.
        xml.text("data", [("key", key)], value)
    }
}

/// Edges in the order added.
private struct EdgeList {
    var items: [(source: String, target: String, kind: String)] = []
    mutating func add(_ source: String, _ target: String, _ kind: String) { items.append((source, target, kind)) }
}
