/// Something the programme does, placed at one or more levels of the socio-ecological
/// model and linked to the standards it puts into practice.
public struct Intervention: Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<Intervention>

    public var id: ID
    public var lead: Agency.ID?
    public var phase: Phase?
    /// `nil` when the file left it out (which means `planned`).
    public var status: InterventionStatus?
    public var title: String
    public var description: String?
    /// The levels it works at, in the order given; each counts as coverage of that level.
    public var levels: [Level.ID]
    /// Standards of any pillar: strategies (Pillar 3), risks (2), sectors (4), quality (1).
    public var standards: [Standard.ID]
    public var reaches: [PopulationGroup]
    public var partners: [Agency.ID]
    /// The places it works in (and every place inside them); empty means everywhere the
    /// programme works.
    public var places: [Place.ID]
    /// The first and last day it runs; `nil` for a side left open (it runs from the
    /// programme's start, or to its end).
    public var start: CalendarDate?
    public var end: CalendarDate?
    public var indicators: [Indicator]
    /// Interventions that must be in place before this one.
    public var dependsOn: [Intervention.ID]
    /// Extension content it carries (the format's extension point).
    public var extensions: [ExtensionMarkup]
    /// Where it came from, in a joint programme.
    public var origin: MergeOrigin? {
        get { originBox?.value }
        set { originBox = newValue.map(MergeOrigin.Box.init) }
    }
    // Boxed: a programme may hold millions of interventions and few carry an origin,
    // so one reference costs less than the origin's six words inline.
    private var originBox: MergeOrigin.Box?

    public init(
        id: ID, lead: Agency.ID? = nil, phase: Phase? = nil, status: InterventionStatus? = nil,
        title: String, description: String? = nil, levels: [Level.ID], standards: [Standard.ID] = [],
        reaches: [PopulationGroup] = [], partners: [Agency.ID] = [], places: [Place.ID] = [],
        start: CalendarDate? = nil, end: CalendarDate? = nil, indicators: [Indicator] = [],
        dependsOn: [Intervention.ID] = [], extensions: [ExtensionMarkup] = [], origin: MergeOrigin? = nil
    ) {
        self.id = id
        self.lead = lead
        self.phase = phase
        self.status = status
        self.title = title
        self.description = description
        self.levels = levels
        self.standards = standards
        self.reaches = reaches
        self.partners = partners
        self.places = places
        self.start = start
        self.end = end
        self.indicators = indicators
        self.dependsOn = dependsOn
        self.extensions = extensions
        self.originBox = origin.map(MergeOrigin.Box.init)
    }

    public var effectiveStatus: InterventionStatus { status ?? .planned }
}
