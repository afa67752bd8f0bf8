import SocioEcoAnalysis
import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// The analysis against brute-force counts on generated programmes.
@Suite struct CoveragePropertyTests {
    @Test func matrixAndLevelsEqualBruteForceCounts() {
        for seed in UInt64(1)...250 {
            var generator = ProgrammeGenerator(seed: seed)
            let p = generator.programme()
            let a = CoverageAnalysis(programme: p)
            let levels = p.framework.levelsByRank
            #expect(a.levels.map(\.level) == levels, "seed \(seed)")
            #expect(a.matrix.strategies == p.framework.strategies.map(\.id), "seed \(seed)")
            for (r, level) in levels.enumerated() {
                let at = p.interventions.filter { $0.levels.contains(level.id) }
                #expect(a.levels[r].interventions == at.map(\.id), "seed \(seed)")
                let expected = p.framework.strategies.map { s in at.filter { $0.standards.contains(s.id) }.count }
                #expect(a.matrix.rows[r].counts == expected, "seed \(seed) level \(level.id)")
                #expect(a.phaseMatrix.rows[r].counts == PhaseMatrix.phases.map { ph in at.filter { $0.phase == ph }.count })
                #expect(a.phaseMatrix.rows[r].unspecified == at.filter { $0.phase == nil }.count)
                let local = at.filter { iv in iv.lead.flatMap { p.agency($0) }?.isLocal ?? false }.count
                #expect(a.localisation[r].locallyLed == local && a.localisation[r].interventions == at.count)
            }
            #expect(a.approach.isMet == levels.allSatisfy { l in p.interventions.contains { $0.levels.contains(l.id) } })
            #expect((a.errorCount > 0) == !a.approach.isMet)
        }
    }

    @Test func analysisIsDeterministic() {
        for seed in UInt64(300)...320 {
            var g1 = ProgrammeGenerator(seed: seed), g2 = ProgrammeGenerator(seed: seed)
            #expect(CoverageAnalysis(programme: g1.programme()) == CoverageAnalysis(programme: g2.programme()))
        }
    }
}
