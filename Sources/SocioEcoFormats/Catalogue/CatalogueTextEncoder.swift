import SocioEcoModel

/// The levels and standards of a framework as terminal text, strategies marked `*` and a
/// custom framework's own guidance entries under their standard: what
/// `socioeco catalog` prints, and what a host application shows to list a custom
/// framework. Every name from a file is escaped for the terminal.
public struct CatalogueTextEncoder: OutputEncoder {
    public typealias Options = FixedForm

    public init(options: Options = Options()) {}

    /// The catalogue, one line per level and standard, each line ending in a newline.
    public func encode(_ framework: Framework) -> String {
        let e = TerminalText.escape
        var out = ["Framework \(e(framework.displayID))", "", "Levels, innermost first:"]
        for level in framework.levelsByRank {
            out.append("  \(level.rank)  \(e(level.id.rawValue))" + (level.label.map { "  \(e($0))" } ?? ""))
        }
        for pillar in framework.pillars {
            out.append("")
            let name = framework.kind == .cpms2019 ? Framework.cpms2019Pillars[pillar].map { ": \($0)" } ?? "" : ""
            out.append("Pillar \(pillar)\(name)")
            let standards = framework.standards(inPillar: pillar)
            // Ids are ASCII by the id rule, so their byte count is their width.
            let width = standards.map { $0.id.rawValue.utf8.count }.max() ?? 1
            for s in standards {
                let pad = String(repeating: " ", count: max(0, width - s.id.rawValue.utf8.count))
                var line = "  \(s.isStrategy ? "*" : " ") \(pad)\(e(s.id.rawValue))  \(e(s.title))"
                if !s.mainLevels.isEmpty { line += "  [\(s.mainLevels.map { e($0.rawValue) }.joined(separator: " "))]" }
                out.append(line)
                // A custom framework's own guidance, under the standard it puts into practice.
                let indent = String(repeating: " ", count: width + 6)
                for g in s.guidance {
                    out.append("\(indent)- \(e(g.title))  (\(e(g.id.rawValue)); \(g.levels.map { e($0.rawValue) }.joined(separator: " ")); \(g.phases.map(\.rawValue).joined(separator: " ")))")
                }
            }
        }
        return out.map { $0 + "\n" }.joined()
    }
}
