/// Names one element of a programme by its place in the model, independent of any file.
///
/// Problems point at paths; a reader maps paths to lines and columns, and annotations
/// are kept per path.
public enum ElementPath: Hashable, Sendable, Comparable, CustomStringConvertible {
    case programme
    case title
    case description
    case context
    case framework
    case frameworkLevel(Int)
    case frameworkStandard(Int)
    /// Guidance entry `k` of standard `i` of a custom framework.
    case frameworkGuidance(Int, Int)
    case agencies
    case agency(Int)
    case places
    case place(Int)
    case interventions
    case intervention(Int)
    case interventionTitle(Int)
    case interventionDescription(Int)
    case interventionLevel(Int, Int)
    case interventionStandard(Int, Int)
    case interventionReaches(Int, Int)
    case interventionPartner(Int, Int)
    case interventionPlace(Int, Int)
    /// An intervention's `start` and `end`: attributes, which a reader locates at the
    /// intervention itself.
    case interventionStart(Int)
    case interventionEnd(Int)
    case interventionIndicator(Int, Int)
    case interventionDependsOn(Int, Int)

    /// The intervention index this path lies in, if any.
    public var interventionIndex: Int? {
        switch self {
        case .intervention(let i), .interventionTitle(let i), .interventionDescription(let i),
             .interventionLevel(let i, _), .interventionStandard(let i, _), .interventionReaches(let i, _),
             .interventionPartner(let i, _), .interventionIndicator(let i, _), .interventionDependsOn(let i, _),
             .interventionPlace(let i, _), .interventionStart(let i), .interventionEnd(let i):
            return i
        default:
            return nil
        }
    }

    /// The same place with the intervention index moved by `offset`: used when
    /// interventions of several files are joined.
    public func shiftingIntervention(by offset: Int) -> ElementPath {
        switch self {
        case .intervention(let i): return .intervention(i + offset)
        case .interventionTitle(let i): return .interventionTitle(i + offset)
        case .interventionDescription(let i): return .interventionDescription(i + offset)
        case .interventionLevel(let i, let k): return .interventionLevel(i + offset, k)
        case .interventionStandard(let i, let k): return .interventionStandard(i + offset, k)
        case .interventionReaches(let i, let k): return .interventionReaches(i + offset, k)
        case .interventionPartner(let i, let k): return .interventionPartner(i + offset, k)
        case .interventionPlace(let i, let k): return .interventionPlace(i + offset, k)
        case .interventionStart(let i): return .interventionStart(i + offset)
        case .interventionEnd(let i): return .interventionEnd(i + offset)
        case .interventionIndicator(let i, let k): return .interventionIndicator(i + offset, k)
        case .interventionDependsOn(let i, let k): return .interventionDependsOn(i + offset, k)
        default: return self
        }
    }

    /// The same place with the agency index moved by `offset`.
    public func shiftingAgency(by offset: Int) -> ElementPath {
        if case .agency(let i) = self { return .agency(i + offset) }
        return self
    }

    private var sortKey: (Int, Int, Int, Int) {
        switch self {
        case .programme: return (0, 0, 0, 0)
        case .title: return (1, 0, 0, 0)
        case .description: return (2, 0, 0, 0)
        case .context: return (3, 0, 0, 0)
        case .framework: return (4, 0, 0, 0)
        case .frameworkLevel(let i): return (5, i, 0, 0)
        case .frameworkStandard(let i): return (6, i, 0, 0)
        case .frameworkGuidance(let i, let k): return (6, i, 1, k)
        case .agencies: return (7, 0, 0, 0)
        case .agency(let i): return (8, i, 0, 0)
        case .places: return (9, 0, 0, 0)
        case .place(let i): return (10, i, 0, 0)
        case .interventions: return (11, 0, 0, 0)
        case .intervention(let i): return (12, i, 0, 0)
        case .interventionStart(let i): return (12, i, 0, 1)
        case .interventionEnd(let i): return (12, i, 0, 2)
        case .interventionTitle(let i): return (12, i, 1, 0)
        case .interventionDescription(let i): return (12, i, 2, 0)
        case .interventionLevel(let i, let k): return (12, i, 3, k)
        case .interventionStandard(let i, let k): return (12, i, 4, k)
        case .interventionReaches(let i, let k): return (12, i, 5, k)
        case .interventionPartner(let i, let k): return (12, i, 6, k)
        case .interventionPlace(let i, let k): return (12, i, 7, k)
        case .interventionIndicator(let i, let k): return (12, i, 8, k)
        case .interventionDependsOn(let i, let k): return (12, i, 9, k)
        }
    }

    /// Document order.
    public static func < (a: ElementPath, b: ElementPath) -> Bool { a.sortKey < b.sortKey }

    /// The element in the model's words for messages, such as `level 2 of the
    /// framework` or `dependency 1` (counted from 1); an intervention's parts are named
    /// within their intervention.
    public var description: String {
        switch self {
        case .programme: return "the programme"
        case .title: return "the title"
        case .description: return "the description"
        case .context: return "the context"
        case .framework: return "the framework"
        case .frameworkLevel(let i): return "level \(i + 1) of the framework"
        case .frameworkStandard(let i): return "standard \(i + 1) of the framework"
        case .frameworkGuidance(let i, let k): return "guidance entry \(k + 1) of standard \(i + 1) of the framework"
        case .agencies: return "the agency list"
        case .agency(let i): return "agency \(i + 1)"
        case .places: return "the place list"
        case .place(let i): return "place \(i + 1)"
        case .interventions: return "the intervention list"
        case .intervention: return "the intervention"
        case .interventionTitle: return "its title"
        case .interventionDescription: return "its description"
        case .interventionLevel(_, let k): return "level \(k + 1)"
        case .interventionStandard(_, let k): return "standard \(k + 1)"
        case .interventionReaches(_, let k): return "reached group \(k + 1)"
        case .interventionPartner(_, let k): return "partner \(k + 1)"
        case .interventionPlace(_, let k): return "place \(k + 1)"
        case .interventionStart: return "its start"
        case .interventionEnd: return "its end"
        case .interventionIndicator(_, let k): return "indicator \(k + 1)"
        case .interventionDependsOn(_, let k): return "dependency \(k + 1)"
        }
    }
}
