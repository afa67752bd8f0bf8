import SocioEcoAnalysis
import SocioEcoModel

/// Writes `socioeco suggest --format json`: the tree of the XML form, by the report's
/// fixed rules from XML names to JSON members.
public struct SuggestionsJSONEncoder: OutputEncoder {
    public typealias Options = FixedForm

    public init(options: Options = Options()) {}

    /// The whole document, ending with a newline.
    public func encode(_ input: SuggestedProgramme) -> String {
        var out = ""
        SuggestionsTree.suggestions(input.suggestions, programme: input.analysed.programme, framework: input.analysed.programme.framework)
            .jsonDocument(namespace: CoverageReportTree.namespace).write(into: &out)
        return out + "\n"
    }
}
