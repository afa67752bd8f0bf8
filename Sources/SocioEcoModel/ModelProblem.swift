/// A breach of the format's rules found in a model.
public struct ModelProblem: Hashable, Sendable {
    /// Stable codes: tools and tests match on these, never on the message.
    public enum Code: String, Hashable, Sendable, CaseIterable {
        // Semantic rules of the format (beyond what an XSD can say).
        case unresolvedLevel = "unresolved-level"
        case unresolvedStandard = "unresolved-standard"
        case unresolvedAgency = "unresolved-agency"
        case unresolvedIntervention = "unresolved-intervention"
        case duplicateID = "duplicate-id"
        case dependencyCycle = "dependency-cycle"
        case selfDependency = "self-dependency"
        case repeatedReference = "repeated-reference"
        case leadIsPartner = "lead-is-partner"
        case duplicateRank = "duplicate-rank"
        case unknownMainLevel = "unknown-main-level"
        case repeatedMainLevel = "repeated-main-level"
        case contextDates = "context-dates"
        case repeatedApproach = "repeated-approach"
        // A custom framework's own guidance (after 1.1).
        case guidanceLevel = "guidance-level"
        case guidancePhase = "guidance-phase"
        case guidanceOutsideStrategy = "guidance-outside-strategy"
        // Places and dates (version 1.1 of the format).
        case unresolvedPlace = "unresolved-place"
        case placeCycle = "place-cycle"
        case duplicatePcode = "duplicate-pcode"
        case adminLevelOrder = "admin-level-order"
        case interventionDates = "intervention-dates"
        case outsideContext = "outside-context"
        // Shape rules that the schema also enforces; a model built in code can still break them.
        case malformedID = "malformed-id"
        case blankTitle = "blank-title"
        case missingLevel = "missing-level"
        case frameworkSize = "framework-size"
        case numberOutOfRange = "number-out-of-range"

        /// Whether the shipped XSD already rejects this; a reader that validated against
        /// the XSD skips these so that no breach is reported twice.
        public var isCheckedBySchema: Bool {
            switch self {
            case .malformedID, .blankTitle, .missingLevel, .frameworkSize, .numberOutOfRange: return true
            default: return false
            }
        }
    }

    public var code: Code
    /// What is wrong, with any advice that needs no words of a file format.
    public var fault: String
    /// The fix, when saying it takes words of the model that a file format says its own
    /// way (a reader of XML names the element to add or remove).
    public var remedy: Remedy?
    /// The element at fault.
    public var path: ElementPath
    /// Another element the problem involves, such as the first holder of a repeated id.
    public var related: ElementPath?

    /// A sentence that says what is wrong and what to do about it, in the model's words.
    public var message: String {
        guard let remedy else { return fault }
        return fault + "; " + remedy.inModelWords
    }

    /// A problem whose message needs no remedy of its own.
    public init(code: Code, message: String, path: ElementPath, related: ElementPath? = nil) {
        self.init(code: code, fault: message, remedy: nil, path: path, related: related)
    }

    public init(code: Code, fault: String, remedy: Remedy?, path: ElementPath, related: ElementPath? = nil) {
        self.code = code
        self.fault = fault
        self.remedy = remedy
        self.path = path
        self.related = related
    }
}
