import SocioEcoModel
import Testing

@Suite struct BlankTitleRuleTests {
    @Test func theProgrammeAndEachInterventionNeedATitle() {
        var p = RuleFixtures.programme([
            Intervention(id: "a", title: "A", levels: ["child"]),
            Intervention(id: "b", title: " \t\r\n", levels: ["child"]),
        ])
        p.title = ""
        let message = "the title is empty; write at least one character that is not whitespace"
        expectProblems(p, code: .blankTitle, [
            ExpectedProblem(path: .title, message: message),
            ExpectedProblem(path: .interventionTitle(1), message: message),
        ])
    }

    @Test func aNoBreakSpaceIsSomethingToRead() {
        let p = RuleFixtures.programme([Intervention(id: "a", title: "\u{A0}", levels: ["child"])])
        expectProblems(p, code: .blankTitle, [])
    }
}
