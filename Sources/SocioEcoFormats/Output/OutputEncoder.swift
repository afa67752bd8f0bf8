/// The one shape of every output socioeco writes (programme XML, the reports, the
/// diagrams, the diff): a value configured by a nested `Options` struct of small enums,
/// with one verb, `encode`, from its input to the text of its format.
///
/// Encoders of a programme take an `AnalysedProgramme`, so the analysis is made once per
/// command and every format shows the same facts. An encoder never prints, never touches
/// files and gives the same text for the same input.
public protocol OutputEncoder: Sendable {
    associatedtype Options: Sendable
    associatedtype Input

    var options: Options { get }
    init(options: Options)

    /// The whole document for `input`.
    func encode(_ input: Input) -> String
}
