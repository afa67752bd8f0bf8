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
        String(decoding: encodeUTF8(input), as: UTF8.self)
    }

    /// The same report as its UTF-8 bytes, for a file or standard output: written as
    /// they are made, where a `String` would be a second copy of a large report, made
    /// while the first is still held, and its UTF-8 checked once more.
    public func encodeUTF8(_ input: AnalysedProgramme) -> [UInt8] {
        var w = XMLWriter(capacity: Self.estimatedSize(input))
        CoverageReportTree.report(input.analysis, suggestions: Suggestions(input, holeLimit: CoverageReportTextEncoder.suggestedHoles)).write(to: &w, namespace: Self.namespace)
        return w.bytes
    }

    /// A little more than the report's size, so that its buffer is made once: grown by
    /// doubling, the buffer of a report of 50,000 findings reached twice the report and
    /// was the largest thing in memory while it was written.
    static func estimatedSize(_ input: AnalysedProgramme) -> Int {
        let programme = input.programme
        var size = (1 << 16) + 160 * (programme.agencies.count + programme.places.count)
        for finding in input.analysis.findings {
            // A finding's line around its message, with room for its subject's ids and
            // for escaping.
            let message = finding.message.utf8.count
            size += message + message / 32 + 128
        }
        return size
    }
}
