import SocioEcoAnalysis

/// The input of the diff encoders: what changed between two programmes, and the names
/// of the two files to show for them.
public struct NamedDiff: Sendable {
    public let diff: ProgrammeDiff
    /// The earlier version's file, as the user named it.
    public let oldName: String
    /// The later version's file, as the user named it.
    public let newName: String

    public init(_ diff: ProgrammeDiff, oldName: String, newName: String) {
        self.diff = diff
        self.oldName = oldName
        self.newName = newName
    }
}
