import SocioEcoModel

/// Colours of the strategy standards: the Okabe-Ito palette, which stays distinct for the
/// common forms of colour blindness, assigned in framework order so a strategy keeps its
/// colour across programmes of the same framework.
public struct StrategyPalette: Sendable {
    /// Okabe & Ito (2008), "Color Universal Design": orange, sky blue, bluish green,
    /// vermilion, blue, reddish purple, yellow, black. Yellow comes late because it is
    /// the hardest to see on white.
    public static let okabeIto = ["#E69F00", "#56B4E9", "#009E73", "#D55E00", "#0072B2", "#CC79A7", "#F0E442", "#000000"]
    /// For an intervention linked to no strategy standard.
    public static let noStrategy = "#8C8C8C"

    public let strategies: [Standard]
    private let index: [Standard.ID: Int]

    public init(framework: Framework) {
        strategies = framework.strategies
        var index: [Standard.ID: Int] = [:]
        for (i, s) in strategies.enumerated() where index[s.id] == nil { index[s.id] = i }
        self.index = index
    }

    /// The colour of a strategy standard; a framework with more than eight strategies
    /// repeats colours, so the legend and the text name the strategy as well.
    public func colour(of strategy: Standard.ID) -> String? {
        index[strategy].map { Self.okabeIto[$0 % Self.okabeIto.count] }
    }

    /// The strategy standards an intervention links to, in the order it lists them.
    public func strategies(of intervention: Intervention) -> [Standard.ID] {
        var seen: Set<Standard.ID> = []
        return intervention.standards.filter { index[$0] != nil && seen.insert($0).inserted }
    }
}
