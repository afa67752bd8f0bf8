import SocioEcoAnalysis
import SocioEcoModel

/// The suggestions as terminal lines, shared by `suggest` and the "What could fill the
/// gaps" section of `analyze`: per hole a heading, then its best options, each with its
/// standard and levels, possible leads and (when asked) its one-sentence summary.
/// Everything from the file or the catalogue goes through `TerminalText`.
struct SuggestionsText {
    var width: Int
    /// The most options shown per hole; the rest are counted.
    var optionsPerHole: Int
    var showsSummaries: Bool
    /// Where the options past `optionsPerHole` can be read.
    var more = "socioeco suggest lists them all"

    func lines(_ s: Suggestions) -> [String] {
        var out: [String] = []
        if s.isEmpty { return ["  No holes to fill."] }
        for item in s.items {
            out.append("  " + TerminalText.fit("\(item.hole) (\(item.code.rawValue))", width: width - 2))
            if item.options.isEmpty { out.append("    (nothing in the guidance fits this hole)") }
            for (n, o) in item.options.prefix(optionsPerHole).enumerated() {
                let head = "\(n + 1). \(o.entry.title) [standard \(o.entry.standard), \(o.entry.levels.map(\.rawValue).joined(separator: " "))]"
                out += TerminalText.wrap(head, width: width - 4).enumerated().map { ($0.offset == 0 ? "    " : "       ") + $0.element }
                if showsSummaries {
                    out += TerminalText.wrap(o.entry.summary, width: width - 7).map { "       " + $0 }
                }
                if !o.possibleLeads.isEmpty {
                    let who = o.possibleLeads.map(\.rawValue).joined(separator: ", ")
                    let why = o.reusesAgencies ? "already on this standard nearby" : "already working nearby"
                    out += TerminalText.wrap("Possible leads (\(why)): \(who)", width: width - 7).map { "       " + $0 }
                }
            }
            if item.options.count > optionsPerHole {
                out.append("       and \(item.options.count - optionsPerHole) more (\(more))")
            }
        }
        out.append("  " + TerminalText.fit("Guidance: \(s.provenance).", width: width - 2))
        return out
    }
}
