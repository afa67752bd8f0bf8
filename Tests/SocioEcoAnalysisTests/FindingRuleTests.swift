import SocioEcoAnalysis
import SocioEcoModel
import Testing

/// Rules the example models do not exercise, on small programmes built in code.
@Suite struct FindingRuleTests {
    func programme(_ interventions: [Intervention], agencies: [Agency] = []) -> Programme {
        Programme(id: "p", title: "P", agencies: agencies, interventions: interventions)
    }

    @Test func strategyOffLevelWhenEveryLinkedInterventionSitsElsewhere() {
        let p = programme([
            Intervention(id: "a", title: "A", levels: ["society"], standards: ["15"]),
            Intervention(id: "b", title: "B", levels: ["community"], standards: ["15", "16"]),
            Intervention(id: "c", title: "C", levels: ["family"], standards: ["16"]),
        ])
        let a = CoverageAnalysis(programme: p)
        #expect(a.findings.filter { $0.code == .strategyOffLevel }.map(\.subject) == [.standard("15")])
        #expect(a.findings.first { $0.code == .strategyOffLevel }?.severity == .info)
    }

    @Test func interventionsWithoutPhaseAreCountedApart() {
        let p = programme([
            Intervention(id: "a", phase: .response, title: "A", levels: ["child", "family"]),
            Intervention(id: "b", title: "B", levels: ["child"]),
        ])
        let a = CoverageAnalysis(programme: p)
        #expect(a.phaseMatrix.rows[0].count(.response) == 1 && a.phaseMatrix.rows[0].unspecified == 1)
        #expect(a.phaseMatrix.rows[1].unspecified == 0)
    }

    @Test func localLeadAndReach() {
        let p = programme([
            Intervention(id: "a", lead: "loc", title: "A", levels: ["child"], reaches: ["girls", "children-with-disabilities"]),
            Intervention(id: "b", lead: "intl", title: "B", levels: ["family"], reaches: ["boys"]),
        ], agencies: [Agency(id: "loc", name: "L", type: .nationalNGO, local: true),
                      Agency(id: "intl", name: "I", type: .un)])
        let a = CoverageAnalysis(programme: p)
        #expect(a.localisation.map(\.percent) == [100, 0, nil, nil])
        #expect(a.findings.filter { $0.code == .noLocalLead }.map(\.subject) == [.level("family")])
        #expect(a.findings.filter { $0.code == .groupNotReached }.map(\.subject) == [
            .group("girls", "family"), .group("children-with-disabilities", "family")])
        #expect(a.reach[0].groups.map(\.group) == ["children-with-disabilities", "girls"])
        #expect(a.findings.filter { $0.code == .uncoveredLevel }.map(\.subject) == [.level("community"), .level("society")])
        #expect(a.findings.first?.severity == .error)
    }

    @Test func unresolvedRefsAreIgnoredNotTrappedOn() {
        let p = programme([Intervention(id: "a", lead: "ghost", title: "A", levels: ["nowhere", "child", "child"], standards: ["99", "15", "15"])])
        let a = CoverageAnalysis(programme: p)
        #expect(a.levels[0].interventions == ["a"])
        #expect(a.matrix.count(level: "child", strategy: "15") == 1)
    }
}
