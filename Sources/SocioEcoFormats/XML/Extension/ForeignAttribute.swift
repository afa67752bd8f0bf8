import SocioEcoModel

/// An attribute of another namespace, on an element of the format or of an extension.
public struct ForeignAttribute: Hashable, Sendable {
    public var name: QualifiedName
    public var value: String

    public init(name: QualifiedName, value: String) {
        self.name = name
        self.value = value
    }
}

/// The attributes of other namespaces that one element of the format carries, in the
/// order read: the content of a `Programme.annotations` entry.
public struct ForeignAttributes: ExtensionContent {
    public var attributes: [ForeignAttribute]

    public init(_ attributes: [ForeignAttribute]) {
        self.attributes = attributes
    }

    /// `name=value` pairs, in order.
    public var summary: String {
        attributes.map { $0.name.readable + "=" + $0.value }.joined(separator: " ")
    }

    /// These attributes plus those of `other` with a new name; a name both hold with
    /// different values keeps this value and is a conflict.
    public func merging(_ other: ForeignAttributes) -> (merged: ForeignAttributes, conflicts: [ExtensionConflict]) {
        var result = attributes
        var conflicts: [ExtensionConflict] = []
        for a in other.attributes {
            if let held = result.first(where: { $0.name == a.name }) {
                if held.value != a.value {
                    conflicts.append(ExtensionConflict(name: a.name.expanded, kept: held.value, offered: a.value))
                }
            } else {
                result.append(a)
            }
        }
        return (ForeignAttributes(result), conflicts)
    }
}
