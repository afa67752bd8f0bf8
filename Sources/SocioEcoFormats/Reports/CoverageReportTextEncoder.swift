import SocioEcoAnalysis
import SocioEcoModel

/// Writes a programme's coverage analysis for a terminal: the level table, the coverage matrix
/// with its holes marked, the phases, risks and approach, then the findings.
///
/// Every line fits `Options.width` columns. Free text from the file is escaped
/// (`TerminalText`) and cut or wrapped to fit; colour codes are added only when
/// `Options.colour` asks, and never count towards the width.
public struct CoverageReportTextEncoder: OutputEncoder {
    public struct Options: Hashable, Sendable {
        /// ANSI colour: for a terminal only, never for a file.
        public var colour: Bool
        /// Columns per line; at least 60.
        public var width: Int

        public init(colour: Bool = false, width: Int = 80) {
            self.colour = colour
            self.width = max(60, width)
        }
    }

    public var options: Options

    public init(options: Options = Options()) { self.options = options }

    private enum Style: String {
        case bold = "1", red = "31", yellow = "33", cyan = "36", dim = "2", green = "32"
    }

    private func paint(_ s: String, _ style: Style) -> String {
        options.colour ? "\u{1B}[\(style.rawValue)m" + s + "\u{1B}[0m" : s
    }

    private func fit(_ s: String, _ w: Int) -> String { TerminalText.fit(s, width: w) }
    private func pad(_ s: String, _ w: Int) -> String { TerminalText.pad(s, width: w) }
    private func right(_ s: String, _ w: Int) -> String { String(repeating: " ", count: max(0, w - s.count)) + s }

    /// The whole report, one line per element, ending with a newline.
    public func encode(_ input: AnalysedProgramme) -> String {
        let a = input.analysis
        var out: [String] = []
        let width = options.width
        let fw = a.framework
        let revision = a.revision.map { ", revision \($0)" } ?? ""
        out.append(paint(fit("Coverage of \(a.programmeID)\(revision), framework \(fw.displayID)", width), .bold))
        out += TerminalText.wrap(a.title, width: width)
        let running = a.date.map { " running on \($0)" } ?? ""
        out.append("\(a.interventionCount) intervention\(a.interventionCount == 1 ? "" : "s")\(running)")

        // Levels.
        let levelWidth = min(24, max(5, a.levels.map { TerminalText.displayWidth(TerminalText.escapeForLayout($0.level.id.rawValue)) }.max() ?? 5))
        out.append("")
        out.append(paint("Levels, innermost first", .bold))
        out.append("  " + pad("level", levelWidth) + "  interventions  local lead  status")
        for (l, loc) in zip(a.levels, a.localisation) {
            let local = loc.percent.map { "\(loc.locallyLed) (\($0)%)" } ?? "-"
            let status = l.isCovered ? paint("covered", .green) : paint("UNCOVERED", .red)
            out.append("  " + pad(l.level.id.rawValue, levelWidth) + right(String(l.interventions.count), 15)
                       + right(local, 12) + "  " + status)
        }

        // Coordination: who works where, when several agencies lead.
        if a.showsCoordination {
            out.append("")
            out.append(paint("Agencies per level: interventions led/as partner (\(a.leadAgencyCount) lead agencies)", .bold))
            let indent = String(repeating: " ", count: levelWidth + 4)
            for row in a.coordination {
                let items = row.agencies.map { fit("\($0.agency) \($0.lead)/\($0.partner)", width - levelWidth - 4) }
                let lines = items.isEmpty ? [paint("none", .red)] : pack(items, width: width - levelWidth - 4)
                for (i, line) in lines.enumerated() {
                    out.append((i == 0 ? "  " + pad(row.level.rawValue, levelWidth) + "  " : indent) + line)
                }
            }
        }

        if !a.places.isEmpty { out += places(a.places, width: width) }

        // Coverage matrix, in blocks of columns that fit the width.
        let strategies = fw.strategies
        out.append("")
        out.append(paint("Coverage matrix: interventions per level and strategy (- none)", .bold))
        if strategies.isEmpty {
            out.append("  (the framework has no strategy standards)")
        } else {
            let short = strategies.allSatisfy { $0.id.rawValue.utf8.count <= 5 }
            let headers = strategies.enumerated().map { short ? $0.element.id.rawValue : "s\($0.offset + 1)" }
            let cell = max(4, (headers.map(\.count).max() ?? 1) + 1)
            let perBlock = max(1, (width - 2 - levelWidth) / cell)
            for start in stride(from: 0, to: strategies.count, by: perBlock) {
                let cols = start..<min(strategies.count, start + perBlock)
                out.append("  " + String(repeating: " ", count: levelWidth) + cols.map { right(headers[$0], cell) }.joined())
                for row in a.matrix.rows {
                    let cells = cols.map { c -> String in
                        let n = row.counts[c]
                        return n == 0 ? paint(right("-", cell), .red) : right(String(n), cell)
                    }
                    out.append("  " + pad(row.level.rawValue, levelWidth) + cells.joined())
                }
            }
            for (i, s) in strategies.enumerated() {
                let key = short ? s.id.rawValue : "s\(i + 1) = \(s.id.rawValue)"
                // The approach is met by the programme as a whole, so its column's dashes are no hole.
                out.append("  " + fit(key + ": " + s.title, width - 2))
                if s.id == a.approach.standard {
                    let status = "the approach, met by working at every level: " + a.approach.status
                    out.append("      " + (a.approach.isMet ? fit(status, width - 6) : paint(fit(status, width - 6), .red)))
                }
            }
        }

        // Phases.
        out.append("")
        out.append(paint("Phases: interventions per level", .bold))
        out.append("  " + pad("level", levelWidth) + "  preparedness  prevention  response  unspecified")
        for row in a.phaseMatrix.rows {
            out.append("  " + pad(row.level.rawValue, levelWidth) + right(String(row.counts[0]), 14)
                       + right(String(row.counts[1]), 12) + right(String(row.counts[2]), 10) + right(String(row.unspecified), 13))
        }

        // Risks.
        out.append("")
        out.append(paint("Risks: levels where interventions address them", .bold))
        if a.risks.isEmpty { out.append("  (the framework has no Pillar 2 standards)") }
        for r in a.risks {
            let title = fw.standard(r.risk)?.title ?? ""
            let levels = r.levels.isEmpty ? paint("not addressed", .dim) : fit(r.levels.map(\.rawValue).joined(separator: " "), width - 6)
            out.append("  " + fit("\(r.risk) \(title)", width - 2))
            out.append("      " + levels)
        }

        // Approach.
        out.append("")
        let standard = a.approach.standard.map { " (standard \($0))" } ?? ""
        if a.approach.isMet {
            out.append(fit("Socio-ecological approach\(standard): met, every level is covered", width))
        } else {
            out.append(paint(fit("Socio-ecological approach\(standard): NOT met", width), .red))
            out += TerminalText.wrap("Uncovered: " + a.approach.uncoveredLevels.map(\.rawValue).joined(separator: ", "), width: width - 2).map { "  " + $0 }
        }

        // Findings.
        out.append("")
        let counts = Finding.Severity.allCases.map { s in a.findings.count { $0.severity == s } }
        out.append(paint("Findings: \(counts[0]) error\(counts[0] == 1 ? "" : "s"), \(counts[1]) warning\(counts[1] == 1 ? "" : "s"), \(counts[2]) info", .bold))
        for group in a.findingGroups {
            let style: Style = group.severity == .error ? .red : group.severity == .warning ? .yellow : .cyan
            let subject = group.isGrouped ? "\(group.findings.count) \(groupNoun(group.findings[0].subject))" : group.findings[0].subject.label
            // The severity in its own column, the code and subject lined up with the message.
            let head = TerminalText.wrap(group.code.rawValue + " " + subject, width: width - 10)
            for (i, line) in head.enumerated() {
                out.append((i == 0 ? "  " + paint(group.severity.rawValue, style) + String(repeating: " ", count: 8 - group.severity.rawValue.count) : String(repeating: " ", count: 10)) + paint(line, style))
            }
            out += TerminalText.wrap(group.message, width: width - 10).map { "          " + $0 }
            if group.isGrouped {
                let ids = group.findings.map { fit(subjectID($0.subject), width - 10) }
                out += pack(ids, width: width - 10).map { "          " + $0 }
            }
        }
        out += gaps(input, width: width)
        return out.joined(separator: "\n") + "\n"
    }

    /// The holes a report names at most in its "What could fill the gaps" section.
    public static let suggestedHoles = 10

    /// "What could fill the gaps": the two best options for each of the first holes.
    private func gaps(_ input: AnalysedProgramme, width: Int) -> [String] {
        let s = Suggestions(input, holeLimit: Self.suggestedHoles)
        guard !s.isEmpty else { return [] }
        var out = ["", paint("What could fill the gaps (socioeco suggest says more)", .bold)]
        out += SuggestionsText(width: width, optionsPerHole: 2, showsSummaries: false).lines(s)
        if s.holeCount > s.items.count {
            out.append("  \(s.holeCount - s.items.count) more holes: socioeco suggest lists them all.")
        }
        return out
    }

    /// The place x level table: innermost places with a hole first (the areas gaps are
    /// looked for in), then the others, each in tree order; under each place the
    /// agencies working there.
    private func places(_ c: PlaceCoverage, width: Int) -> [String] {
        var out = ["", paint("Places: interventions per level (- none), places with holes first", .bold)]
        // Level ids as headers when they fit beside a name of 12 columns, else l1, l2 with a key.
        var headers = c.levels.map { TerminalText.escapeForLayout($0.rawValue) }
        var cell = max(4, (headers.map(\.count).max() ?? 1) + 1)
        let keyed = 14 + cell * headers.count > width
        if keyed {
            headers = headers.indices.map { "l\($0 + 1)" }
            cell = max(4, (headers.map(\.count).max() ?? 1) + 1)
        }
        let nameWidth = max(12, width - 2 - cell * c.levels.count)
        let coveredSomewhere = c.levels.indices.map { r in c.rows.contains { $0.isInnermost && $0.counts[r] > 0 } }
        let hasHole = c.rows.map { row in row.isInnermost && c.levels.indices.contains { row.counts[$0] == 0 && coveredSomewhere[$0] } }
        let order = c.rows.indices.filter { hasHole[$0] } + c.rows.indices.filter { !hasHole[$0] }
        out.append("  " + String(repeating: " ", count: nameWidth) + headers.map { right($0, cell) }.joined())
        for i in order {
            let row = c.rows[i]
            let name = row.name + (row.pcode.map { " (\($0))" } ?? "") + (row.isInnermost ? "" : " *")
            let cells = row.counts.map { n in n == 0 ? paint(right("-", cell), .red) : right(String(n), cell) }
            out.append("  " + pad(name, nameWidth) + cells.joined())
            let agencies = row.agencies.isEmpty ? paint("no agency", .dim) : row.agencies.map(\.rawValue).joined(separator: " ")
            out.append("    " + fit(agencies, width - 4))
        }
        out.append("  * a place with places inside it")
        if keyed {
            out += c.levels.enumerated().map { "  " + fit("l\($0.offset + 1) = \($0.element.rawValue)", width - 2) }
        }
        return out
    }

    /// What the members of a group are, in the plural.
    private func groupNoun(_ subject: Finding.Subject) -> String {
        if case .placeLevel = subject { return "places and levels" }
        return "interventions"
    }

    /// The identifier alone, for a list under a grouped finding.
    private func subjectID(_ subject: Finding.Subject) -> String {
        if case .intervention(let id) = subject { return id.rawValue }
        return subject.label
    }

    /// Items already escaped, two spaces apart, as many per line as fit; an item is never split.
    private func pack(_ items: [String], width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for item in items {
            if !line.isEmpty && TerminalText.displayWidth(line) + 2 + TerminalText.displayWidth(item) > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : "  ") + item
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
