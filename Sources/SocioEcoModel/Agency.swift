/// An organisation that leads or implements interventions.
public struct Agency: Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<Agency>

    public var id: ID
    public var name: String
    public var type: AgencyType
    /// `true` for local and national actors. `nil` when the file left it out, which means
    /// `false` but is kept apart so that a file is written back as it was read.
    public var local: Bool?
    /// Extension content the agency carries (the format's extension point).
    public var extensions: [ExtensionMarkup]
    /// Where it came from, in a joint programme.
    public var origin: MergeOrigin?

    public init(id: ID, name: String, type: AgencyType, local: Bool? = nil, extensions: [ExtensionMarkup] = [],
                origin: MergeOrigin? = nil) {
        self.id = id
        self.name = name
        self.type = type
        self.local = local
        self.extensions = extensions
        self.origin = origin
    }

    public var isLocal: Bool { local ?? false }
}
