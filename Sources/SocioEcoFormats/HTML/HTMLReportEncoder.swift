import SocioEcoModel
public struct HTMLReportEncoder: Sendable {
    public init() {}
    public func encode(_ programme: Programme) -> String { "" }
}
