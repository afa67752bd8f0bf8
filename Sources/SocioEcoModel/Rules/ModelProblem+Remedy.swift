extension ModelProblem {
    /// A fix that a file format words in its own terms: the model says "add it to the
    /// programme's agencies", an XML reader says "add it under <agencies>".
    public enum Remedy: Hashable, Sendable {
        /// Declare the missing agency, or use one of `declared` (already listed for a
        /// message, empty when the programme declares none).
        case declareAgency(declared: String)
        /// Declare the missing place, or use one of `declared` (empty when the programme
        /// declares none).
        case declarePlace(declared: String)
        /// Drop the partner that is also the lead.
        case removePartner
        /// Drop a dependency of an intervention on itself.
        case removeDependency
        /// Drop one of the dependencies that form a cycle.
        case removeOneOfDependencies
        /// Name a level for an intervention that has none.
        case addLevel

        /// The fix in the words of the model.
        public var inModelWords: String {
            switch self {
            case .declareAgency(let declared):
                return declared.isEmpty
                    ? "the programme declares no agencies: declare this agency"
                    : "add it to the programme's agencies or use one of " + declared
            case .declarePlace(let declared):
                return declared.isEmpty
                    ? "the programme declares no places: declare this place"
                    : "add it to the programme's places or use one of " + declared
            case .removePartner: return "remove it from the partners"
            case .removeDependency: return "remove this dependency"
            case .removeOneOfDependencies: return "remove one of these dependencies"
            case .addLevel: return "name at least one level"
            }
        }
    }
}
