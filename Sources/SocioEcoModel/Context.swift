/// Where and when the programme runs.
public struct Context: Hashable, Sendable {
    public var crisis: CrisisType?
    public var location: String?
    public var start: CalendarDate?
    public var end: CalendarDate?

    public init(crisis: CrisisType? = nil, location: String? = nil, start: CalendarDate? = nil, end: CalendarDate? = nil) {
        self.crisis = crisis
        self.location = location
        self.start = start
        self.end = end
    }
}
