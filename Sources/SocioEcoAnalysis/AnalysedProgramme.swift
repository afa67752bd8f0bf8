import SocioEcoModel

/// A programme together with its coverage analysis, computed once: the input of every
/// encoder that draws or reports on a programme, so that a fact reads the same in every
/// format and no encoder works it out again.
public struct AnalysedProgramme: Sendable {
    public let programme: Programme
    public let analysis: CoverageAnalysis

    /// Analyses `programme`.
    public init(_ programme: Programme) {
        self.init(programme: programme, analysis: CoverageAnalysis(programme: programme))
    }

    /// Pairs a programme with an analysis already made of it.
    public init(programme: Programme, analysis: CoverageAnalysis) {
        self.programme = programme
        self.analysis = analysis
    }
}
