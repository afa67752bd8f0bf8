import SocioEcoAnalysis
import SocioEcoModel

/// Writes `socioeco suggest --format xml`: a `suggestions` document in the coverage
/// report's namespace (`Schemas/coverage-report.xsd`).
public struct SuggestionsXMLEncoder: OutputEncoder {
    public typealias Options = FixedForm

    public init(options: Options = Options()) {}

    /// The whole document for the suggestions of `input.analysed`.
    public func encode(_ input: SuggestedProgramme) -> String {
        var w = XMLWriter()
        SuggestionsTree.suggestions(input.suggestions, programme: input.analysed.programme, framework: input.analysed.programme.framework)
            .write(to: &w, namespace: CoverageReportTree.namespace)
        return w.output
    }
}
