import SocioEcoModel

/// Colours of the strategy standards, the one palette of every drawing: the DOT diagram,
/// the ring diagram and the HTML report give a strategy the same colour, so a reader can
/// compare them side by side.
///
/// The Okabe-Ito palette, which stays distinct for the common forms of colour blindness,
/// assigned in framework order so a strategy keeps its colour across programmes of the
/// same framework.
public struct StrategyPalette: Sendable {
    /// Okabe & Ito (2008), "Color Universal Design": orange, sky blue, bluish green,
    /// vermilion, blue, reddish purple, yellow, black. Yellow comes late because it is
    /// the hardest to see on white.
    public static let okabeIto = ["#E69F00", "#56B4E9", "#009E73", "#D55E00", "#0072B2", "#CC79A7", "#F0E442", "#000000"]
    /// For an intervention linked to no strategy standard.
    public static let noStrategy = "#8C8C8C"
    /// The palette's yellow is too light for text on white; text in it takes this.
    static let darkenedYellow = "#8A7F00"

    public let strategies: [Standard]
    private let index: [Standard.ID: Int]

    public init(framework: Framework) {
        strategies = framework.strategies
        var index: [Standard.ID: Int] = [:]
        for (i, s) in strategies.enumerated() where index[s.id] == nil { index[s.id] = i }
        self.index = index
    }

    /// The colour of a strategy standard; a framework with more than eight strategies
    /// repeats colours, so the legend and the text name the strategy as well, and DOT
    /// tells the repeats apart by `lineStyle(of:)`.
    public func colour(of strategy: Standard.ID) -> String? {
        index[strategy].map { Self.okabeIto[$0 % Self.okabeIto.count] }
    }

    /// The colour of text written in a strategy's colour: the same, but yellow darkened
    /// so that it can be read on white.
    public func textColour(of strategy: Standard.ID) -> String? {
        colour(of: strategy).map { $0 == "#F0E442" ? Self.darkenedYellow : $0 }
    }

    /// The line style of a strategy's edges: solid for the first eight strategies, then
    /// dashed, dotted and bold as the colours repeat.
    public func lineStyle(of strategy: Standard.ID) -> String? {
        index[strategy].map { ["solid", "dashed", "dotted", "bold"][($0 / Self.okabeIto.count) % 4] }
    }

    /// The strategy standards an intervention links to, in the order it lists them.
    public func strategies(of intervention: Intervention) -> [Standard.ID] {
        var seen: Set<Standard.ID> = []
        return intervention.standards.filter { index[$0] != nil && seen.insert($0).inserted }
    }
}
