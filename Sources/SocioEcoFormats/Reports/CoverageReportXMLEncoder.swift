import SocioEcoAnalysis
import SocioEcoModel

/// Writes a programme's coverage analysis as the XML coverage report of the format
/// (`urn:socioeco:coverage-report:1`, `Schemas/coverage-report.xsd`), walking
/// `CoverageReportTree`, the mapping it shares with the JSON report. Free text (titles,
/// labels, messages) goes through `XMLEscaping`.
public struct CoverageReportXMLEncoder: OutputEncoder {
    public static let namespace = CoverageReportTree.namespace

    /// No choices: the report's form is fixed by its schema.
    public typealias Options = FixedForm

    public init(options: Options = Options()) {}

    /// The whole report, an XML declaration first and a final newline.
    public func encode(_ input: AnalysedProgramme) -> String {
        var w = XMLWriter()
        CoverageReportTree.report(input.analysis, suggestions: Suggestions(input, holeLimit: CoverageReportTextEncoder.suggestedHoles)).write(to: &w, namespace: Self.namespace)
        return w.output
    }
}
