import SocioEcoModel
import Testing

@Suite struct DuplicatePcodeRuleTests {
    @Test func aPcodeNamesOnePlace() {
        var p = RuleFixtures.programme()
        p.places = [Place(id: "teknaf", name: "Teknaf", pcode: "BD202290"), Place(id: "ukhiya", name: "Ukhiya", pcode: "BD202294"),
                    Place(id: "teknaf-2", name: "Teknaf again", pcode: "BD202290"), Place(id: "camp", name: "Camp")]
        expectProblems(p, code: .duplicatePcode, [
            ExpectedProblem(path: .place(2), message: "place 'teknaf-2' has pcode 'BD202290', already given to place 'teknaf'; give each place its own pcode",
                            related: .place(0)),
        ])
    }

    @Test func pcodesCompareAsStrings() {
        var p = RuleFixtures.programme()
        p.places = [Place(id: "a", name: "A", pcode: "BD20"), Place(id: "b", name: "B", pcode: "bd20"), Place(id: "c", name: "C", pcode: "BD020")]
        expectProblems(p, code: .duplicatePcode, [])
    }
}
