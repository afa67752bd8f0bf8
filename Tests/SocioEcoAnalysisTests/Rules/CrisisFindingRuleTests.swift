import SocioEcoAnalysis
import SocioEcoModel
import Testing

@Suite struct ExpectedRiskUnaddressedRuleTests {
    private static func programme(_ crisis: CrisisType?, standards: [Standard.ID]) -> Programme {
        Programme(id: "p", title: "P", context: Context(crisis: crisis),
                  interventions: [Intervention(id: "a", title: "A", levels: ["child"], standards: standards)])
    }

    @Test func aNaturalDisasterResponseIsExpectedToAddressSeparationAndInjuries() {
        let p = Self.programme(.naturalDisaster, standards: ["15", "7"])
        expectFindings(p, code: .expectedRiskUnaddressed, [
            ExpectedFinding(subject: .standard("13"), message: "A response to a natural disaster is expected to address standard 13 (Unaccompanied and separated children): children lose their families in the rush of an evacuation or in the chaos that follows the event. No intervention addresses it yet. Check whether it applies here; if it does, plan an intervention for it or link an existing one to standard 13."),
        ])
    }

    @Test func risksComeInFrameworkOrder() {
        let p = Self.programme(.displacement, standards: [])
        let found = CoverageAnalysis(programme: p).findings.filter { $0.code == .expectedRiskUnaddressed }
        #expect(found.map(\.subject) == [.standard("9"), .standard("12"), .standard("13")])
    }

    @Test func nothingWithoutACrisisOrUnderACustomFramework() {
        expectFindings(Self.programme(nil, standards: []), code: .expectedRiskUnaddressed, [])
        expectFindings(Self.programme(.other, standards: []), code: .expectedRiskUnaddressed, [])
        var custom = FindingFixtures.custom([Intervention(id: "a", title: "A", levels: ["inner"])])
        custom.context = Context(crisis: .armedConflict)
        expectFindings(custom, code: .expectedRiskUnaddressed, [])
    }
}

@Suite struct DependencyOutOfOrderRuleTests {
    private static func day(_ text: String) -> CalendarDate { CalendarDate(text)! }

    @Test func startingBeforeADependencyOrDependingOnASuspendedOne() {
        let p = FindingFixtures.programme([
            Intervention(id: "assess", status: .ongoing, title: "Assess", levels: ["child"], start: Self.day("2024-03-01")),
            Intervention(id: "cfs", status: .suspended, title: "CFS", levels: ["child"], start: Self.day("2024-01-01")),
            Intervention(id: "cm", title: "CM", levels: ["child"], start: Self.day("2024-02-01"), dependsOn: ["assess", "cfs"]),
            Intervention(id: "pss", title: "PSS", levels: ["child"], start: Self.day("2024-04-01"), dependsOn: ["assess"]),
            Intervention(id: "undated", title: "U", levels: ["child"], dependsOn: ["assess"]),
            Intervention(id: "refer", title: "R", levels: ["child"], dependsOn: ["cfs"]),
        ])
        expectFindings(p, code: .dependencyOutOfOrder, [
            ExpectedFinding(subject: .intervention("cm"), message: "Intervention “CM” (cm) starts on 2024-02-01 but depends on “Assess” (assess, starting 2024-03-01); it also depends on “CFS” (cfs), which is suspended. Move its start later, bring forward or resume what it needs, or record why it can go ahead."),
            ExpectedFinding(subject: .intervention("refer"), message: "Intervention “R” (refer) depends on “CFS” (cfs), which is suspended. Move its start later, bring forward or resume what it needs, or record why it can go ahead."),
        ])
    }

    @Test func theDayAnalysedDoesNotHideWhatIsDependedOn() {
        let p = FindingFixtures.programme([
            Intervention(id: "later", title: "L", levels: ["child"], start: Self.day("2024-06-01"), end: Self.day("2024-12-31")),
            Intervention(id: "early", title: "E", levels: ["child"], start: Self.day("2024-01-01"), end: Self.day("2024-12-31"),
                         dependsOn: ["later"]),
        ])
        let found = CoverageAnalysis(programme: p, on: Self.day("2024-02-01")).findings.filter { $0.code == .dependencyOutOfOrder }
        #expect(found.map(\.subject) == [.intervention("early")])
    }
}
