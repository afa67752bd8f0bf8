import SocioEcoAnalysis
import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// On generated programmes (CPMS and custom frameworks, with and without places): every
/// hole the analysis reports gets a suggestion, and the draft fills the level holes.
@Suite struct SuggestionPropertyTests {
    @Test func everyHoleGetsASuggestionAndTheDraftFillsTheLevels() {
        for seed in UInt64(1)...150 {
            var generator = ProgrammeGenerator(seed: seed, maximumInterventions: 25, hostileText: false)
            var p = generator.programme()
            var rng = SplitMix64(seed: seed &* 104_729)
            if seed % 2 == 0 {
                p.places = CoveragePropertyTests.places(count: Int.random(in: 1...10, using: &rng), using: &rng)
                let ids = p.places.map(\.id)
                for i in p.interventions.indices where Bool.random(using: &rng) {
                    p.interventions[i].places = [ids.randomElement(using: &rng)!]
                }
            }
            let analysed = AnalysedProgramme(p)
            let suggestions = Suggestions(analysed)
            let holes = analysed.analysis.findings.filter { Suggestions.holeCodes.contains($0.code) }
            #expect(suggestions.items.map(\.subject) == holes.map(\.subject), "seed \(seed)")
            #expect(suggestions.items.allSatisfy { !$0.options.isEmpty }, "seed \(seed)")
            #expect(suggestions == Suggestions(AnalysedProgramme(p)), "seed \(seed): not deterministic")

            let (draft, additions) = suggestions.draft(of: p)
            #expect(additions.count == holes.count, "seed \(seed)")
            #expect(draft.problems().isEmpty, "seed \(seed): \(draft.problems().map(\.message))")
            let after = CoverageAnalysis(programme: draft).findings
            #expect(!after.contains { $0.code == .uncoveredLevel || $0.code == .placeLevelUncovered }, "seed \(seed)")
        }
    }
}
