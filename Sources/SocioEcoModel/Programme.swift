/// One child protection programme design: its interventions, the levels of the
/// socio-ecological model they work at, and the standards they put into practice.
///
/// A `Programme` can hold an invalid design (a dangling ref, a repeated id) so that a
/// reader can report every problem of a file at once; `problems()` lists them.
public struct Programme: Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<Programme>

    public var id: ID
    /// Whether the file wrote the `framework` attribute; with CPMS it is optional and a
    /// file is written back as it was read.
    public var declaresFramework: Bool
    public var framework: Framework
    /// Raised by the author at each published change.
    public var revision: Int?
    public var updated: CalendarDate?
    public var title: String
    public var description: String?
    public var context: Context?
    public var agencies: [Agency]
    /// The places the programme works in, in the order declared; empty when it names none.
    public var places: [Place]
    public var interventions: [Intervention]
    /// Extension content after the interventions (the format's last extension point).
    public var extensions: [ExtensionMarkup]
    /// Extension content attached to one element, per element that carries it (in the
    /// exchange format, attributes of other namespaces).
    public var annotations: [ElementPath: ExtensionMarkup]
    /// For a joint programme, the programmes merged into it, in merge order.
    public var mergeSources: [MergeSource]

    public init(
        id: ID, framework: Framework = .cpms2019, declaresFramework: Bool? = nil,
        revision: Int? = nil, updated: CalendarDate? = nil, title: String, description: String? = nil,
        context: Context? = nil, agencies: [Agency] = [], places: [Place] = [], interventions: [Intervention] = [],
        extensions: [ExtensionMarkup] = [], annotations: [ElementPath: ExtensionMarkup] = [:],
        mergeSources: [MergeSource] = []
    ) {
        self.id = id
        self.framework = framework
        self.declaresFramework = declaresFramework ?? (framework.kind == .custom)
        self.revision = revision
        self.updated = updated
        self.title = title
        self.description = description
        self.context = context
        self.agencies = agencies
        self.places = places
        self.interventions = interventions
        self.extensions = extensions
        self.annotations = annotations
        self.mergeSources = mergeSources
    }
}
