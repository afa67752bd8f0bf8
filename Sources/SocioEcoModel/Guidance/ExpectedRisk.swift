/// A Pillar 2 child protection risk that a response to some kind of crisis is expected to
/// address, with the reason in one sentence.
///
/// socioeco's reading of the CPMS 2019, not CPMS text: a prompt to check a design against,
/// never a finding that a risk is absent from the crisis.
public struct ExpectedRisk: Hashable, Sendable {
    /// The Pillar 2 standard that covers the risk.
    public var standard: Standard.ID
    /// Why this kind of crisis brings the risk, in one sentence a report can quote.
    public var reason: String

    public init(standard: Standard.ID, reason: String) {
        self.standard = standard
        self.reason = reason
    }

    /// The note every report prints beside an expected risk.
    public static let provenance = Framework.cpms2019Reading
}
