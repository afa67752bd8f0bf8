import SocioEcoAnalysis

extension CoverageAnalysis {
    /// The interventions linked to no strategy standard, which the drawings show in the
    /// palette's grey: the analysis reports each as a finding, so they are counted there.
    var interventionsWithoutStrategy: Int {
        findings.count { $0.code == .interventionWithoutStrategy }
    }
}
