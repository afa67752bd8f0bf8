/// An organisation that leads or implements interventions.
public struct Agency: Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<Agency>

    public var id: ID
    public var name: String
    public var type: AgencyType
    /// `true` for local and national actors. `nil` when the file left it out, which means
    /// `false` but is kept apart so that a file is written back as it was read.
    public var local: Bool?
    /// Elements of other namespaces that the agency carries (the format's extension point).
    public var extensions: [ExtensionElement]

    public init(id: ID, name: String, type: AgencyType, local: Bool? = nil, extensions: [ExtensionElement] = []) {
        self.id = id
        self.name = name
        self.type = type
        self.local = local
        self.extensions = extensions
    }

    public var isLocal: Bool { local ?? false }
}
