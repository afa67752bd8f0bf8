import SocioEcoModel
import Testing

@Suite struct LeadIsPartnerRuleTests {
    @Test func theLeadIsNotAlsoAPartner() {
        let p = RuleFixtures.programme([Intervention(id: "a", lead: "u", title: "A", levels: ["child"], partners: ["s", "u"])],
                                       agencies: [Agency(id: "u", name: "U", type: .un), Agency(id: "s", name: "S", type: .un)])
        expectProblems(p, code: .leadIsPartner, [
            ExpectedProblem(path: .interventionPartner(0, 1),
                            message: "agency 'u' leads intervention 'a' and is also listed as its partner; remove it from the partners"),
        ])
    }

    @Test func anUndeclaredLeadAsPartnerIsSaidOnceAtTheLead() {
        let p = RuleFixtures.programme([Intervention(id: "a", lead: "ghost", title: "A", levels: ["child"], partners: ["ghost"])])
        #expect(p.problems().map(\.code) == [.unresolvedAgency, .leadIsPartner])
    }
}
