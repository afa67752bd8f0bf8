/// Why programmes cannot be merged.
public enum MergeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Nothing to merge.
    case noInputs
    /// Two inputs use different frameworks, so their levels and standards do not mean
    /// the same thing.
    case frameworkMismatch(source: String, framework: String, otherSource: String, otherFramework: String)

    public var description: String {
        switch self {
        case .noInputs:
            return "no programme to merge"
        case let .frameworkMismatch(source, framework, otherSource, otherFramework):
            let same = framework == otherFramework
                ? "two different frameworks that are both called \(framework)"
                : "framework \(framework) and framework \(otherFramework)"
            return "\(source) and \(otherSource) use \(same); levels and standards must come from one framework to be merged. Map both files to the same framework first."
        }
    }
}
