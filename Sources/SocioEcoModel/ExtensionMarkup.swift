/// Content of another vocabulary that an agency adds to a programme: the model carries
/// it through unchanged and never reads it, and the format that read it owns its shape.
public protocol ExtensionContent: Hashable, Sendable {
    /// A short text that names the content for a reviewer, as a diff shows it. Equal
    /// contents have equal summaries; different ones may share one.
    var summary: String { get }

    /// This content with what `other` adds to it, for a merge: a part both hold with
    /// different values keeps this content's value and is named in `conflicts`.
    func merging(_ other: Self) -> (merged: Self, conflicts: [ExtensionConflict])
}

extension ExtensionContent {
    // Called on an existential, these open it, so that two boxes compare and merge
    // their contents as the concrete type.
    func isEqual(to other: any ExtensionContent) -> Bool {
        (other as? Self) == self
    }

    func merged(with other: any ExtensionContent) -> (merged: ExtensionMarkup, conflicts: [ExtensionConflict])? {
        guard let theirs = other as? Self else { return nil }
        let (merged, conflicts) = merging(theirs)
        return (ExtensionMarkup(merged), conflicts)
    }

    /// Content that is one indivisible piece keeps its own value.
    public func merging(_ other: Self) -> (merged: Self, conflicts: [ExtensionConflict]) {
        (self, [])
    }
}

/// A part of extension content that two merged programmes give different values.
public struct ExtensionConflict: Hashable, Sendable {
    /// The part's name as its format writes it.
    public var name: String
    /// The value kept.
    public var kept: String
    /// The value that was not kept.
    public var offered: String

    public init(name: String, kept: String, offered: String) {
        self.name = name
        self.kept = kept
        self.offered = offered
    }
}

/// One piece of extension content, boxed so that the model's values stay `Hashable`
/// whatever format the content came from.
public struct ExtensionMarkup: Hashable, Sendable {
    public let content: any ExtensionContent

    public init(_ content: some ExtensionContent) {
        self.content = content
    }

    public var summary: String { content.summary }

    /// The content, if it is of type `T`.
    public func content<T: ExtensionContent>(as type: T.Type) -> T? {
        content as? T
    }

    /// This markup with what `other` adds to it (see `ExtensionContent.merging`);
    /// content of another kind adds nothing.
    public func merging(_ other: ExtensionMarkup) -> (merged: ExtensionMarkup, conflicts: [ExtensionConflict]) {
        content.merged(with: other.content) ?? (self, [])
    }

    public static func == (a: ExtensionMarkup, b: ExtensionMarkup) -> Bool {
        a.content.isEqual(to: b.content)
    }

    public func hash(into h: inout Hasher) {
        h.combine(ObjectIdentifier(type(of: content)))
        content.hash(into: &h)
    }
}
