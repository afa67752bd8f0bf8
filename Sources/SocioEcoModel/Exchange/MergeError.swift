/// Why programmes cannot be merged.
public enum MergeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Nothing to merge.
    case noInputs
    /// Two inputs use different frameworks, so their levels and standards do not mean
    /// the same thing.
    case frameworkMismatch(source: String, framework: String, otherSource: String, otherFramework: String)
    /// Two inputs use the same levels and standards but different guidance of the
    /// framework's own: the joint file could keep only one of them.
    case guidanceMismatch(source: String, framework: String, otherSource: String)

    public var description: String {
        switch self {
        case .noInputs:
            return "no programme to merge"
        case let .frameworkMismatch(source, framework, otherSource, otherFramework):
            let same = framework == otherFramework
                ? "two different frameworks that are both called \(framework)"
                : "framework \(framework) and framework \(otherFramework)"
            return "\(source) and \(otherSource) use \(same); levels and standards must come from one framework to be merged. Map both files to the same framework first."
        case let .guidanceMismatch(source, framework, otherSource):
            return "\(source) and \(otherSource) use the same levels and standards of framework \(framework) but give it different guidance entries; the merged file can carry only one set. Give both files the same guidance first."
        }
    }
}
