/// The levels and standards that a programme's refs point into: the built-in CPMS 2019
/// catalogue, or a framework the file defines itself.
public struct Framework: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case cpms2019 = "cpms-2019"
        case custom
    }

    public let kind: Kind
    /// The custom framework's own name (its `id`), used in reports; `nil` for CPMS or
    /// when the file gave none.
    public let name: String?
    /// Levels in the order the file lists them; see `levelsByRank` for model order.
    public let levels: [Level]
    public let standards: [Standard]

    /// Levels from the innermost ring outwards. Ties keep file order, so even a
    /// framework with a repeated rank (an invalid one) sorts the same way every time.
    public let levelsByRank: [Level]
    private let levelIndex: SmallIndex<Level.ID>
    private let standardIndex: SmallIndex<Standard.ID>

    public init(kind: Kind, name: String? = nil, levels: [Level], standards: [Standard]) {
        self.kind = kind
        self.name = name
        self.levels = levels
        self.standards = standards
        self.levelsByRank = levels.enumerated()
            .sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }
            .map(\.element)
        levelIndex = SmallIndex(levels.map(\.id))
        standardIndex = SmallIndex(standards.map(\.id))
    }

    /// The id reports name the framework by: `cpms-2019`, or the custom framework's name.
    public var displayID: String {
        switch kind {
        case .cpms2019: return Kind.cpms2019.rawValue
        case .custom: return name ?? Kind.custom.rawValue
        }
    }

    public func level(_ id: Level.ID) -> Level? { levelPosition(id).map { levels[$0] } }
    public func standard(_ id: Standard.ID) -> Standard? { standardPosition(id).map { standards[$0] } }
    public func contains(_ id: Level.ID) -> Bool { levelPosition(id) != nil }
    public func contains(_ id: Standard.ID) -> Bool { standardPosition(id) != nil }

    private func levelPosition(_ id: Level.ID) -> Int? { levelIndex[id] }

    private func standardPosition(_ id: Standard.ID) -> Int? { standardIndex[id] }

    /// The standard that stands for the socio-ecological approach (CPMS 2019: 14), met by
    /// the programme as a whole; nil when the framework marks none.
    public var approachStandard: Standard? { standards.first(where: \.isApproach) }

    /// The strategy standards, in framework order: the columns of the coverage matrix.
    public var strategies: [Standard] { standards.filter(\.isStrategy) }

    /// The standards of one pillar, in framework order.
    public func standards(inPillar pillar: Int) -> [Standard] { standards.filter { $0.pillar == pillar } }

    /// The distinct pillars, ascending.
    public var pillars: [Int] { Array(Set(standards.map(\.pillar))).sorted() }

    public static func == (a: Framework, b: Framework) -> Bool {
        a.kind == b.kind && a.name == b.name && a.levels == b.levels && a.standards == b.standards
    }

    public func hash(into h: inout Hasher) {
        h.combine(kind)
        h.combine(name)
        h.combine(levels)
        h.combine(standards)
    }
}
