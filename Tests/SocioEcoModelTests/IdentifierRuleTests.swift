import SocioEcoModel
import Testing

@Suite("The id and title rules")
struct IdentifierRuleTests {
    @Test("a well-formed id is accepted", arguments: ["a", "CP-101", "unicef.2024_r2", String(repeating: "x", count: 64)])
    func accepted(id: String) {
        #expect(IdentifierRule.refusal(of: id, naming: "--id") == nil)
    }

    @Test("a malformed id is refused with the one wording of the rule",
          arguments: ["", "-lead", "two words", "é", String(repeating: "x", count: 65)])
    func refused(id: String) {
        #expect(IdentifierRule.refusal(of: id, naming: "--id")
            == "--id '\(id)' is not a valid id; use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit, with no spaces")
    }

    @Test("a title of XML whitespace alone is blank; any other character is not")
    func blankTitles() {
        #expect(TitleRule.isBlank(""))
        #expect(TitleRule.isBlank(" \t\r\n"))
        #expect(!TitleRule.isBlank(" a "))
        // A no-break space is not XML whitespace: the format accepts it as a title.
        #expect(!TitleRule.isBlank("\u{A0}"))
    }
}
