/// One field that differs between two versions of an element, as plain text.
public struct FieldChange: Hashable, Sendable {
    /// The field's name as the format writes it (`title`, `status`, `level`...).
    public var field: String
    /// The value before; `nil` when the field was absent.
    public var old: String?
    /// The value after; `nil` when the field is now absent.
    public var new: String?

    public init(field: String, old: String?, new: String?) {
        self.field = field
        self.old = old
        self.new = new
    }
}
