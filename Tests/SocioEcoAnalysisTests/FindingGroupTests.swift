import SocioEcoAnalysis
import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// Grouping findings for people: nothing lost, order kept, only long runs about
/// interventions grouped.
@Suite struct FindingGroupTests {
    @Test func groupsHoldEveryFindingInOrder() {
        var grouped = 0
        for seed in UInt64(1)...200 {
            var generator = ProgrammeGenerator(seed: seed, maximumInterventions: 40)
            let analysis = CoverageAnalysis(programme: generator.programme())
            let groups = analysis.findingGroups
            #expect(groups.flatMap(\.findings) == analysis.findings, "seed \(seed)")
            for group in groups {
                #expect(!group.findings.isEmpty && group.findings.allSatisfy { $0.code == group.code }, "seed \(seed)")
                if group.isGrouped {
                    grouped += 1
                    #expect(group.findings.count >= FindingGroup.threshold, "seed \(seed)")
                    #expect(group.findings.allSatisfy { if case .intervention = $0.subject { true } else { false } })
                    #expect(group.message.hasPrefix("\(group.findings.count) interventions "), "seed \(seed)")
                } else {
                    #expect(group.message == group.findings[0].message)
                }
            }
            // A run long enough is never left split into single findings.
            for (a, b) in zip(groups, groups.dropFirst()) where a.code == b.code {
                #expect(!a.isGrouped && !b.isGrouped, "seed \(seed): \(a.code) split")
            }
        }
        #expect(grouped > 20, "the generated programmes should give many grouped runs, gave \(grouped)")
    }

    @Test func shortRunsAndOtherSubjectsStaySingle() {
        func missing(_ ids: [String]) -> [Finding] {
            ids.map { Finding(code: .missingIndicator, subject: .intervention(Intervention.ID($0)), message: "m \($0)") }
        }
        #expect(FindingGroup.grouping(missing(["a", "b"])).map(\.isGrouped) == [false, false])
        let three = FindingGroup.grouping(missing(["a", "b", "c"]))
        #expect(three.count == 1 && three[0].isGrouped)
        #expect(three[0].message == "3 interventions have no indicator, so nobody can tell whether they are working. Add at least one indicator to each.")
        let levels = ["child", "family", "community"].map {
            Finding(code: .noLocalLead, subject: .level(Level.ID($0)), message: "no local lead at \($0)")
        }
        #expect(FindingGroup.grouping(levels).map(\.isGrouped) == [false, false, false])
        #expect(FindingGroup.grouping(missing(["a", "b", "c", "d"]), threshold: 5).count == 4)
    }
}
