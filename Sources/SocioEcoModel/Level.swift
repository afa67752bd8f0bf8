/// One ring of the socio-ecological model: the child, the family, the community, society,
/// or a level of a custom framework.
public struct Level: Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<Level>

    public var id: ID
    /// Position from the centre outwards: 1 is the innermost ring (the child in CPMS).
    public var rank: Int
    /// A human label; `nil` when the file gave none (the id then serves).
    public var label: String?

    public init(id: ID, rank: Int, label: String? = nil) {
        self.id = id
        self.rank = rank
        self.label = label
    }

    /// The label if there is one, else the id: what reports show.
    public var displayName: String { label ?? id.rawValue }
}
