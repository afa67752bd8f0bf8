/// A place a programme works in: a country, a district, a camp. Places form a tree by
/// `parent`; an intervention at a place works there and in every place inside it.
public struct Place: Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<Place>

    public var id: ID
    /// The name people use, free text.
    public var name: String
    /// The OCHA place code of the Common Operational Datasets (for example `BD2022`),
    /// compared as a string; `nil` where no public source gives one.
    public var pcode: String?
    /// 0 the country, 1 a region or province, up to 5; `nil` when not given.
    public var adminLevel: Int?
    /// The place this one lies in; `nil` for a place at the top of the tree.
    public var parent: Place.ID?
    /// Extension content the place carries (the format's extension point).
    public var extensions: [ExtensionMarkup]

    public init(id: ID, name: String, pcode: String? = nil, adminLevel: Int? = nil, parent: Place.ID? = nil,
                extensions: [ExtensionMarkup] = []) {
        self.id = id
        self.name = name
        self.pcode = pcode
        self.adminLevel = adminLevel
        self.parent = parent
        self.extensions = extensions
    }

    /// The admin levels the format allows.
    public static let adminLevels = 0...5
}
