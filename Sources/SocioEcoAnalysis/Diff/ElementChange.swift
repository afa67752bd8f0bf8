/// The fields that differ in one element kept in both versions (by id).
public struct ElementChange: Hashable, Sendable {
    public var id: String
    public var changes: [FieldChange]

    public init(id: String, changes: [FieldChange]) {
        self.id = id
        self.changes = changes
    }
}
