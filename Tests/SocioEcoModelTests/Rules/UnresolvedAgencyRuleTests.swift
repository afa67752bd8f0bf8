import SocioEcoModel
import Testing

@Suite("Undeclared agencies say what to fix")
struct UnresolvedAgencyRuleTests {
    func programme(agencies: [Agency], lead: Agency.ID, partners: [Agency.ID] = []) -> Programme {
        RuleFixtures.programme([Intervention(id: "i", lead: lead, title: "Spaces", levels: ["child"], partners: partners)],
                               agencies: agencies)
    }

    @Test("an undeclared lead or partner names the agencies there are")
    func undeclaredLeadListsAgencies() {
        let p = programme(agencies: [Agency(id: "unicef", name: "UNICEF", type: .un), Agency(id: "save", name: "Save", type: .internationalNGO)],
                          lead: "unicf", partners: ["sav"])
        expectProblems(p, code: .unresolvedAgency, [
            ExpectedProblem(path: .intervention(0),
                            message: "lead agency 'unicf' of intervention 'i' is not declared; add it to the programme's agencies or use one of unicef, save"),
            ExpectedProblem(path: .interventionPartner(0, 0),
                            message: "partner agency 'sav' of intervention 'i' is not declared; add it to the programme's agencies or use one of unicef, save"),
        ])
    }

    @Test("an undeclared lead in a programme without agencies says to declare one")
    func undeclaredLeadWithoutAgencies() {
        let p = programme(agencies: [], lead: "unicef")
        expectProblems(p, code: .unresolvedAgency, [
            ExpectedProblem(path: .intervention(0),
                            message: "lead agency 'unicef' of intervention 'i' is not declared; the programme declares no agencies: declare this agency"),
        ])
        #expect(p.problems().first?.remedy == .declareAgency(declared: ""))
    }
}
