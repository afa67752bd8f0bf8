import ArgumentParser
import SocioEcoFormats
import SocioEcoModel

struct Catalog: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the levels and standards of a framework.",
        discussion: """
            Without a file: the built-in CPMS 2019 framework (4 levels, 28 standards). \
            With a file: the framework that file uses, built in or custom. \
            Strategy standards are marked with *.
            """
    )

    @Argument(help: "A programme file whose framework to list (- for standard input).")
    var file: String?

    func run() throws {
        let framework = try file.map { try ProgrammeLoading.load($0).framework } ?? .cpms2019
        for line in CatalogText.lines(for: framework) { Console.out(line) }
    }
}

/// The catalogue as terminal text; every name from a file is escaped.
enum CatalogText {
    static func lines(for framework: Framework) -> [String] {
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
            let width = standards.map { $0.id.rawValue.count }.max() ?? 1
            for s in standards {
                let id = e(s.id.rawValue)
                let pad = String(repeating: " ", count: max(0, width - s.id.rawValue.count))
                var line = "  \(s.isStrategy ? "*" : " ") \(pad)\(id)  \(e(s.title))"
                if !s.mainLevels.isEmpty { line += "  [\(s.mainLevels.map { e($0.rawValue) }.joined(separator: " "))]" }
                out.append(line)
            }
        }
        return out
    }
}
