import SocioEcoModel

/// A small seeded random number generator, so that a failing generated case can be
/// replayed from its seed.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Generates valid programmes for property tests: every rule of the format holds, and
/// free text is as hostile as the format allows.
public struct ProgrammeGenerator {
    public var rng: SplitMix64
    /// Largest number of interventions a generated programme has.
    public var maximumInterventions: Int
    /// Whether free text includes quotes, markup characters, backslashes, newlines,
    /// right-to-left scripts, emoji, combining marks and DOT/HTML keywords.
    public var hostileText: Bool

    public init(seed: UInt64, maximumInterventions: Int = 30, hostileText: Bool = true) {
        rng = SplitMix64(seed: seed)
        self.maximumInterventions = maximumInterventions
        self.hostileText = hostileText
    }

    /// Pieces that break naive escapers of XML, DOT, HTML, SVG, JSON and terminals.
    public static let hostilePieces: [String] = [
        "\"", "'", "<", ">", "&", "&amp;", "&#65;", "\\", "\\n", "\n", "\t", " ", "  ",
        "<script>alert(1)</script>", "]]>", "-->", "node", "graph", "digraph", "subgraph", "edge", "strict",
        "مرحبا بالأطفال", "শিশু সুরক্ষা", "👧🏽", "🧒", "\u{030B}", "\u{200F}", "{", "}", ";", "[", "]", "%", "$",
        "\u{1B}[31m", "1abc", "C:\\path\\", "\\\"", "|", "#", "=", "\u{7F}",
    ]

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    /// Free text; with `nonBlank` it holds at least one character that is not XML whitespace.
    public mutating func text(nonBlank: Bool = true) -> String {
        var s = ""
        let parts = int(1...5)
        for _ in 0..<parts {
            if hostileText && chance(0.5) {
                var piece = pick(Self.hostilePieces)
                // ESC and DEL are not XML characters; keep them out of files.
                if piece.unicodeScalars.contains(where: { $0.value == 0x1B || $0.value == 0x7F }) { piece = "esc" }
                s += piece
            } else {
                s += pick(["Child", "friendly", "space", "case", "management", "for", "girls", "family", "tracing", "parenting", "community", "committee", "norms"])
            }
            if chance(0.5) { s += " " }
        }
        if nonBlank && s.unicodeScalars.allSatisfy({ $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }) { s += "x" }
        return s
    }

    public mutating func id(_ prefix: String, _ n: Int) -> String {
        // Ids that start with digits or hold dots are valid and break naive DOT writers.
        switch int(0...3) {
        case 0: return "\(n)\(prefix)"
        case 1: return "\(prefix).\(n)"
        case 2: return "\(prefix)_\(n)-x"
        default: return "\(prefix)\(n)"
        }
    }

    public mutating func framework() -> Framework {
        if chance(0.7) { return .cpms2019 }
        let levelCount = int(2...6)
        var ranks = Array(1...(levelCount * 2)).shuffled(using: &rng).prefix(levelCount)
        ranks.sort()
        let levels = ranks.enumerated().map { i, rank in
            Level(id: Level.ID("L\(i)-\(rank)"), rank: rank, label: chance(0.6) ? text() : nil)
        }
        let standardCount = int(1...8)
        var standards: [Standard] = []
        for s in 0..<standardCount {
            let main = levels.filter { _ in chance(0.4) }.map(\.id)
            standards.append(Standard(id: Standard.ID("S\(s)"), pillar: int(1...4), isStrategy: chance(0.6),
                                      title: chance(0.9) ? text() : "", mainLevels: main))
        }
        // A strategy may carry guidance entries of the framework's own, with ids unique
        // across the framework and levels and phases each named once.
        var entryCount = 0
        for s in standards.indices where standards[s].isStrategy && chance(0.3) {
            for _ in 0..<int(1...3) {
                let entryLevels = Array(levels.map(\.id).shuffled(using: &rng).prefix(int(1...levels.count)))
                let phases = Phase.allCases.filter { _ in chance(0.5) }
                standards[s].guidance.append(GuidanceEntry(
                    id: GuidanceEntry.ID(id("g", entryCount)), title: text(nonBlank: true), summary: text(nonBlank: true),
                    standard: standards[s].id, levels: entryLevels, phases: phases.isEmpty ? [.response] : phases))
                entryCount += 1
            }
        }
        return Framework(kind: .custom, name: chance(0.5) ? "fw-\(int(0...99))" : nil, levels: levels, standards: standards)
    }

    public mutating func programme() -> Programme {
        let fw = framework()
        var agencies: [Agency] = []
        for a in 0..<int(0...6) {
            agencies.append(Agency(id: Agency.ID(id("ag", a)), name: text(), type: pick(AgencyType.allCases),
                                   local: chance(0.5) ? chance(0.5) : nil))
        }
        let count = int(0...maximumInterventions)
        var interventions: [Intervention] = []
        var indicatorCounter = 0
        for i in 0..<count {
            let levels = Array(fw.levels.map(\.id).shuffled(using: &rng).prefix(int(1...fw.levels.count)))
            let standards = Array(fw.standards.map(\.id).shuffled(using: &rng).prefix(int(0...min(4, fw.standards.count))))
            let groups = Array(["girls", "boys", "adolescents", "children-with-disabilities", "caregivers", "unaccompanied-separated"]
                .shuffled(using: &rng).prefix(int(0...3))).map { PopulationGroup($0) }
            let lead = agencies.isEmpty || chance(0.2) ? nil : pick(agencies).id
            let partners = Array(agencies.map(\.id).filter { $0 != lead }.shuffled(using: &rng).prefix(int(0...2)))
            var indicators: [Indicator] = []
            for _ in 0..<int(0...2) {
                indicatorCounter += 1
                let target = chance(0.6) ? DecimalNumber(pick(["0", "1", "12.5", "100", "0.75", "3000"])) : nil
                indicators.append(Indicator(id: Indicator.ID("ind-\(indicatorCounter)"), target: target,
                                            unit: chance(0.7) ? pick(IndicatorUnit.allCases) : nil, text: text(nonBlank: false)))
            }
            // Dependencies point only backwards, so there is never a cycle.
            let deps = i == 0 ? [] : Array(Set((0..<int(0...2)).map { _ in int(0...(i - 1)) })).sorted()
                .map { interventions[$0].id }
            interventions.append(Intervention(
                id: Intervention.ID("iv-\(i)"), lead: lead, phase: chance(0.7) ? pick(Phase.allCases) : nil,
                status: chance(0.6) ? pick(InterventionStatus.allCases) : nil, title: text(),
                description: chance(0.5) ? text(nonBlank: false) : nil, levels: levels, standards: standards,
                reaches: groups, partners: partners, indicators: indicators, dependsOn: deps))
        }
        var context: Context?
        if chance(0.7) {
            let start = CalendarDate(year: int(2015...2024), month: int(1...12), day: int(1...28))
            let end = start.flatMap { CalendarDate(year: $0.year + int(0...3), month: 12, day: 31) }
            context = Context(crisis: chance(0.8) ? pick(CrisisType.allCases) : nil, location: chance(0.7) ? text() : nil,
                              start: start, end: chance(0.7) ? end : nil)
        }
        return Programme(
            id: Programme.ID(id("prog", int(0...999))), framework: fw,
            declaresFramework: fw.kind == .custom ? true : chance(0.5),
            revision: chance(0.5) ? int(0...50) : nil,
            updated: chance(0.5) ? CalendarDate(year: 2024, month: int(1...12), day: int(1...28)) : nil,
            title: text(), description: chance(0.5) ? text(nonBlank: false) : nil, context: context,
            agencies: agencies, interventions: interventions)
    }
}
