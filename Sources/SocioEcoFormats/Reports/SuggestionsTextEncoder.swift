import SocioEcoAnalysis
import SocioEcoModel

/// Writes `socioeco suggest` for a terminal: per hole, every option that could fill it,
/// best first, with its summary and possible leads.
public struct SuggestionsTextEncoder: OutputEncoder {
    public struct Options: Hashable, Sendable {
        /// Columns per line; at least 60.
        public var width: Int
        /// The most options listed per hole.
        public var optionsPerHole: Int

        public init(width: Int = 80, optionsPerHole: Int = 5) {
            self.width = max(60, width)
            self.optionsPerHole = max(1, optionsPerHole)
        }
    }

    public var options: Options

    public init(options: Options = Options()) { self.options = options }

    /// The whole text, ending with a newline.
    public func encode(_ input: SuggestedProgramme) -> String {
        let p = input.analysed.programme
        let day = input.analysed.analysis.date.map { ", on \($0)" } ?? ""
        var out = [TerminalText.fit("What could fill the gaps in \(p.id)\(day)", width: options.width),
                   TerminalText.fit(p.title, width: options.width), ""]
        out += SuggestionsText(width: options.width, optionsPerHole: options.optionsPerHole, showsSummaries: true,
                               more: "--format json or xml lists them all").lines(input.suggestions)
        return out.joined(separator: "\n") + "\n"
    }
}
