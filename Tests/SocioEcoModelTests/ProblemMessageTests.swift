import SocioEcoModel
import Testing

@Suite("Problems say what to fix")
struct ProblemMessageTests {
    func programme(agencies: [Agency], lead: Agency.ID) -> Programme {
        Programme(id: "p", title: "T", agencies: agencies,
                  interventions: [Intervention(id: "i", lead: lead, title: "Spaces", levels: ["child"])])
    }

    @Test("an undeclared lead names the agencies there are")
    func undeclaredLeadListsAgencies() {
        let problems = programme(agencies: [Agency(id: "unicef", name: "UNICEF", type: .un)], lead: "unicf").problems()
        #expect(problems.map(\.code) == [.unresolvedAgency])
        #expect(problems.first?.message.contains("use one of unicef") == true)
    }

    @Test("an undeclared lead in a file without agencies says to declare one")
    func undeclaredLeadWithoutAgencies() {
        let problems = programme(agencies: [], lead: "unicef").problems()
        #expect(problems.map(\.code) == [.unresolvedAgency])
        let message = problems.first?.message ?? ""
        #expect(message.contains("declares no agencies"))
        #expect(!message.contains("use one of"))
    }
}
