import SocioEcoAnalysis
import SocioEcoModel

/// Writes a programme's coverage analysis as JSON for web tools: the tree of the XML
/// report (`CoverageReportTree`), its names turned into JSON by fixed rules
/// (`ReportElement.json`), members in a fixed order so that the same input gives the
/// same bytes.
public struct CoverageReportJSONEncoder: OutputEncoder {
    /// No choices: the report's form follows the XML report's.
    public typealias Options = FixedForm

    public init(options: Options = Options()) {}

    /// The whole report, ending with a newline.
    public func encode(_ input: AnalysedProgramme) -> String {
        var out = ""
        CoverageReportTree.report(input.analysis, suggestions: Suggestions(input, holeLimit: CoverageReportTextEncoder.suggestedHoles)).jsonDocument(namespace: CoverageReportTree.namespace).write(into: &out)
        return out + "\n"
    }
}
