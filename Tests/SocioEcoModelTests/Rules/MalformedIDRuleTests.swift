import SocioEcoModel
import Testing

@Suite struct MalformedIDRuleTests {
    let advice = "use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit, with no spaces"

    @Test func everyIdAndRefIsCheckedWhereItStands() {
        var p = RuleFixtures.custom(
            levels: [Level(id: "in ner", rank: 1), Level(id: "outer", rank: 2)],
            standards: [Standard(id: "-s", pillar: 3, isStrategy: true, title: "S")],
            interventions: [Intervention(id: "a b", lead: "l!", title: "A", levels: ["x y"], standards: ["s/1"],
                                         reaches: ["gi rls"], partners: ["p q"],
                                         indicators: [Indicator(id: "n:1", text: "N")], dependsOn: ["d e"])])
        p.id = "p p"
        p.agencies = [Agency(id: "_a", name: "A", type: .un)]
        expectProblems(p, code: .malformedID, [
            ExpectedProblem(path: .programme, message: "programme id 'p p' is not a valid id; \(advice)"),
            ExpectedProblem(path: .frameworkLevel(0), message: "level id 'in ner' is not a valid id; \(advice)"),
            ExpectedProblem(path: .frameworkStandard(0), message: "standard id '-s' is not a valid id; \(advice)"),
            ExpectedProblem(path: .agency(0), message: "agency id '_a' is not a valid id; \(advice)"),
            ExpectedProblem(path: .intervention(0), message: "intervention id 'a b' is not a valid id; \(advice)"),
            ExpectedProblem(path: .intervention(0), message: "lead agency 'l!' is not a valid id; \(advice)"),
            ExpectedProblem(path: .interventionLevel(0, 0), message: "level 'x y' is not a valid id; \(advice)"),
            ExpectedProblem(path: .interventionStandard(0, 0), message: "standard 's/1' is not a valid id; \(advice)"),
            ExpectedProblem(path: .interventionReaches(0, 0), message: "group 'gi rls' is not a valid id; \(advice)"),
            ExpectedProblem(path: .interventionPartner(0, 0), message: "partner agency 'p q' is not a valid id; \(advice)"),
            ExpectedProblem(path: .interventionIndicator(0, 0), message: "indicator id 'n:1' is not a valid id; \(advice)"),
            ExpectedProblem(path: .interventionDependsOn(0, 0), message: "dependency 'd e' is not a valid id; \(advice)"),
        ])
    }

    @Test func theMessageSaysTheRuleAsEverywhereElse() {
        let p = RuleFixtures.programme([Intervention(id: Intervention.ID(String(repeating: "x", count: 65)), title: "A", levels: ["child"])])
        let message = p.problems().first { $0.code == .malformedID }?.message
        #expect(message?.hasSuffix(IdentifierRule.advice) == true)
    }

    @Test func aReaderThatCheckedTheSchemaLeavesItOut() {
        let p = RuleFixtures.programme([Intervention(id: "a b", title: "A", levels: ["child"])])
        #expect(p.problems(includingShapeRules: false).isEmpty)
    }

    @Test func placeIdsParentsAndRefsAreChecked() {
        var p = RuleFixtures.programme([Intervention(id: "a", title: "A", levels: ["child"], places: ["bad place"])])
        p.places = [Place(id: "-x", name: "X", parent: "a b")]
        expectProblems(p, code: .malformedID, [
            ExpectedProblem(path: .place(0), message: "place id '-x' is not a valid id; \(advice)"),
            ExpectedProblem(path: .place(0), message: "parent place 'a b' is not a valid id; \(advice)"),
            ExpectedProblem(path: .interventionPlace(0, 0), message: "place 'bad place' is not a valid id; \(advice)"),
        ])
    }
}
