/// The record of one programme merged into a joint programme, so that the joint file
/// still says what it was made of.
public struct MergeSource: Hashable, Sendable {
    public var programme: Programme.ID
    /// The file it was read from, as the caller of the merge named it.
    public var file: String
    public var revision: Int?
    public var updated: CalendarDate?
    public var title: String

    public init(programme: Programme.ID, file: String, revision: Int? = nil, updated: CalendarDate? = nil, title: String) {
        self.programme = programme
        self.file = file
        self.revision = revision
        self.updated = updated
        self.title = title
    }

    /// The record of `programme` read from `file`.
    public init(of programme: Programme, file: String) {
        self.init(programme: programme.id, file: file, revision: programme.revision,
                  updated: programme.updated, title: programme.title)
    }
}
