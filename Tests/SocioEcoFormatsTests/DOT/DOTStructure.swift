import SocioEcoFormats

/// What a test needs to know of a DOT document we wrote: which cluster each node is
/// in, the nesting of clusters, and each statement's attributes. It relies on our
/// writer's layout (one statement per line), which the tests also check.
struct DOTStructure {
    struct Statement {
        var id: String
        var clusters: [String]
        var line: String
    }

    var nodes: [Statement] = []
    var edges: [(from: String, to: String, line: String)] = []
    /// Cluster names with the clusters around them, outermost first.
    var clusterPaths: [[String]] = []
    var clusterLines: [String: String] = [:]

    init(_ dot: String) {
        var stack: [String] = []
        var pendingCluster: String?
        for raw in dot.split(separator: "\n") {
            let line = raw.drop { $0 == " " }
            if line.hasPrefix("subgraph ") {
                let name = Self.firstQuoted(in: String(line)) ?? ""
                stack.append(name)
                clusterPaths.append(stack)
                pendingCluster = name
            } else if line == "}" {
                _ = stack.popLast()
            } else if line.hasPrefix("graph [") {
                if let pendingCluster { clusterLines[pendingCluster] = String(line) }
                pendingCluster = nil
            } else if line.hasPrefix("\"") {
                let quotedIDs = Self.quotedIDs(in: String(line))
                if line.contains("\" -> \""), quotedIDs.count >= 2 {
                    edges.append((quotedIDs[0], quotedIDs[1], String(line)))
                } else if let id = quotedIDs.first {
                    nodes.append(Statement(id: id, clusters: stack, line: String(line)))
                }
            }
        }
    }

    func node(_ id: String) -> Statement? { nodes.first { $0.id == id } }

    /// The leading quoted strings of a statement: a node id, or the two ends of an edge.
    static func quotedIDs(in line: String) -> [String] {
        var ids: [String] = []
        var rest = Substring(line)
        while rest.first == "\"", let id = firstQuoted(in: String(rest)) {
            ids.append(id)
            rest = rest.dropFirst(id.utf8.count + 2)
            if rest.hasPrefix(" -> ") { rest = rest.dropFirst(4) } else { break }
        }
        return ids
    }

    /// The first quoted string of the line, unescaped for `\"` and `\\` only (our ids
    /// hold neither).
    static func firstQuoted(in line: String) -> String? {
        guard let open = line.firstIndex(of: "\"") else { return nil }
        var out = ""
        var i = line.index(after: open)
        while i < line.endIndex {
            let c = line[i]
            if c == "\\" {
                i = line.index(after: i)
                if i < line.endIndex { out.append(line[i]) }
            } else if c == "\"" {
                return out
            } else {
                out.append(c)
            }
            i = line.index(after: i)
        }
        return nil
    }

    /// The value of `attribute` in a statement line, still escaped.
    static func attribute(_ attribute: String, in line: String) -> String? {
        guard let r = line.range(of: " " + attribute + "=\"") ?? line.range(of: "[" + attribute + "=\"") else { return nil }
        var out = ""
        var i = r.upperBound
        while i < line.endIndex, line[i] != "\"" {
            if line[i] == "\\" {
                out.append(line[i])
                i = line.index(after: i)
            }
            if i < line.endIndex { out.append(line[i]); i = line.index(after: i) }
        }
        return out
    }
}
