/// A kind of intervention that could fill a hole in a programme's coverage: a level no
/// intervention works at, or a strategy standard nobody puts into practice.
///
/// The built-in entries are socioeco's reading of what a standard's key actions point to,
/// written in the project's own words; they are not CPMS text. A custom framework's
/// entries are its authors' own (`Standard.guidance`). Whatever shows an entry should say
/// whose it is with the catalogue's `provenance`.
public struct GuidanceEntry: Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<GuidanceEntry>

    /// The longest title an entry may have, so that it reads as an intervention title in a
    /// table cell or a diagram node.
    public static let titleLimit = 60

    /// Stable across releases, so reports and saved suggestions can refer to an entry. The
    /// built-in ones read `g-<standard>-<level>-<topic>`, where the level is the innermost
    /// of the standard's main levels that the entry works at; a custom framework's are
    /// whatever its authors chose, unique in the framework.
    public var id: ID
    /// A short phrase that can serve as the title of an intervention.
    public var title: String
    /// One plain sentence: what the intervention is and why it protects children.
    public var summary: String
    /// The strategy standard it puts into practice.
    public var standard: Standard.ID
    /// The levels it works at: innermost first in the built-in catalogue, as written in a
    /// custom framework.
    public var levels: [Level.ID]
    /// The phases it fits: in `Phase.allCases` order in the built-in catalogue, as written
    /// in a custom framework.
    public var phases: [Phase]

    public init(id: ID, title: String, summary: String, standard: Standard.ID, levels: [Level.ID], phases: [Phase]) {
        self.id = id
        self.title = title
        self.summary = summary
        self.standard = standard
        self.levels = levels
        self.phases = phases
    }
}
