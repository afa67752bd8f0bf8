import SocioEcoFormats
import SocioEcoModel

/// What `import --inspect` shows a coordinator before importing, and the summary an
/// import of a partner's workbook ends with. Every piece of the sheet's own text is
/// escaped, so a header cannot drive the terminal.
struct ImportInspection {
    var file: String
    var outcome: FiveWImport.Outcome

    /// How many problems `--inspect` lists.
    static let problemsShown = 10

    var place: String {
        TerminalText.escape(outcome.sheet.map { "\(file), sheet '\($0)'" } ?? file)
    }

    var text: String {
        var lines: [String] = []
        lines.append("\(place)")
        if let map = outcome.columns {
            if let tags = map.hashtagRow {
                lines.append(tags == 1 ? "hashtag row 1 (no header row), data from row \(map.firstDataRow)"
                                       : "header row \(tags - 1), hashtag row \(tags), data from row \(map.firstDataRow)")
            } else {
                lines.append("header row \(map.firstDataRow - 1), no hashtag row, data from row \(map.firstDataRow)")
            }
            lines.append("")
            var table: [[String]] = [["column", "header", "hashtag", "from", "becomes"]]
            for c in map.columns {
                let header = c.header.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
                table.append([SheetColumnName.letters(c.number), Self.cut(header.withoutEdgeSpaces(), 40),
                              c.hashtagText ?? "", Self.source(c.source), Self.meaning(c.meaning)])
            }
            lines += Self.aligned(table)
        }
        lines.append("")
        lines.append(counts)
        let problems = outcome.diagnostics.filter { $0.severity == .error }
        if problems.isEmpty {
            lines.append("no problems: the import would write the programme")
        } else {
            lines.append("\(problems.count) problem\(problems.count == 1 ? "" : "s")\(problems.count > Self.problemsShown ? ", the first \(Self.problemsShown)" : ""):")
            lines += problems.prefix(Self.problemsShown).map { "  " + $0.description }
        }
        if !outcome.skipped.isEmpty {
            let n = outcome.skippedCount
            lines.append("\(n) row\(n == 1 ? "" : "s") left out by --skip-incomplete, the first \(min(n, Self.problemsShown)):")
            lines += outcome.skipped.prefix(Self.problemsShown).map { "  " + $0.description }
        }
        return lines.joined(separator: "\n")
    }

    /// Rows read, filtered, skipped; interventions and places.
    var counts: String {
        var parts = ["\(outcome.rowsRead) rows read"]
        parts.append("\(outcome.rowsFiltered) filtered out by --where")
        parts.append("\(outcome.skippedCount) skipped as incomplete")
        parts.append("\(outcome.rowsImported) grouped into \(outcome.interventionCount) interventions at \(outcome.placeCount) places")
        return parts.joined(separator: ", ")
    }

    var summary: String { "\(place): \(counts)" }

    static func source(_ s: SheetColumnMap.Source?) -> String {
        switch s {
        case .hashtagRow?: return "sheet"
        case .map?: return "map"
        case .header?: return "header"
        case nil: return "none"
        }
    }

    static func meaning(_ m: SheetColumnMap.Meaning) -> String {
        switch m {
        case .field(let f): return f.header
        case .count(let group?): return "carried; a non-zero count adds \(group)"
        case .count(nil), .carried: return "carried"
        }
    }

    static func cut(_ s: String, _ width: Int) -> String {
        s.count <= width ? s : String(s.prefix(width - 1)) + "…"
    }

    /// Columns of text padded to line up, each cell escaped.
    static func aligned(_ rows: [[String]]) -> [String] {
        let escaped = rows.map { $0.map(TerminalText.escape) }
        var widths = [Int](repeating: 0, count: escaped.first?.count ?? 0)
        for r in escaped { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
        return escaped.map { r in
            var line = "  "
            for (i, c) in r.enumerated() {
                line += i == r.count - 1 ? c : c + String(repeating: " ", count: widths[i] - c.count + 2)
            }
            return line
        }
    }
}

extension String {
    fileprivate func withoutEdgeSpaces() -> String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}
