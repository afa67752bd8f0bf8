/// The XSDs shipped in `Schemas/`, carried inside the binary so that one file is all an
/// agency needs to check what it receives.
public enum ShippedSchema: String, CaseIterable, Sendable {
    /// The programme exchange format: `Schemas/programme.xsd`.
    case programme
    /// The coverage report that `analyze --format xml` writes: `Schemas/coverage-report.xsd`.
    case coverageReport = "coverage-report"
    /// The XML form of `diff`: `Schemas/programme-diff.xsd`.
    case programmeDiff = "programme-diff"

    /// The schema text, byte for byte the file in `Schemas/`.
    public var text: String {
        switch self {
        case .programme: return EmbeddedSchemas.programme
        case .coverageReport: return EmbeddedSchemas.coverageReport
        case .programmeDiff: return EmbeddedSchemas.programmeDiff
        }
    }

    /// The file's name in `Schemas/`.
    public var fileName: String { rawValue + ".xsd" }
}
