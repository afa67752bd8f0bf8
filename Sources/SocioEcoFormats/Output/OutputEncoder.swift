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

/// The options of an encoder whose form is fixed (by its schema, or by the format it
/// follows): there is nothing to choose, and the encoder says so with
/// `typealias Options = FixedForm` instead of an empty struct of its own.
public struct FixedForm: Hashable, Sendable {
    public init() {}
}

extension OutputEncoder where Options == FixedForm {
    public var options: FixedForm { FixedForm() }
}
