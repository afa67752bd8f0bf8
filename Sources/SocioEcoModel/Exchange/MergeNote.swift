/// Something a merge did that the people joining the files should know about: a
/// conflict it resolved or an id it changed. Nothing is ever dropped; each note says
/// what the joint file holds instead.
public struct MergeNote: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// The same programme was merged more than once; its interventions appear once per copy.
        case repeatedProgramme = "repeated-programme"
        /// Two files declare one agency id with a different name, type or `local`.
        case agencyConflict = "agency-conflict"
        /// Two files declare one place id with a different name or pcode.
        case placeConflict = "place-conflict"
        /// Two files give one annotation of a shared element different values.
        case attributeConflict = "attribute-conflict"
        /// An intervention id was already taken and the intervention got a new one.
        case interventionRenamed = "intervention-renamed"
        /// An indicator id was already taken (they are unique across a file).
        case indicatorRenamed = "indicator-renamed"

        /// Conflicts and repeats are warnings; renames are information.
        public var isWarning: Bool {
            switch self {
            case .repeatedProgramme, .agencyConflict, .placeConflict, .attributeConflict: return true
            case .interventionRenamed, .indicatorRenamed: return false
            }
        }
    }

    public var kind: Kind
    /// The input the note is about, as the caller named it (a file path).
    public var source: String
    /// A sentence that says what happened and what the joint file holds.
    public var message: String

    public init(kind: Kind, source: String, message: String) {
        self.kind = kind
        self.source = source
        self.message = message
    }
}
