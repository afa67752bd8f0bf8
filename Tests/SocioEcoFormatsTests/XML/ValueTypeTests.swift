@testable import SocioEcoFormats
import SocioEcoModel
import Testing

/// The reader's value types say the id rule in the one wording the model's rules and the
/// command line use too.
@Suite("Value types")
struct ValueTypeTests {
    @Test("an ill-formed id is refused with IdentifierRule.advice", arguments: ["", "a b", "-a", String(repeating: "x", count: 65)])
    func idAdvice(value: String) {
        #expect(ValueType.id.problem(with: value) == .invalid("is not a valid id; " + IdentifierRule.advice))
    }

    @Test("an ill-formed id in a list of levels is refused with the same advice")
    func idListAdvice() {
        guard case .invalid(let why)? = ValueType.idList.problem(with: "child fam ily!") else {
            Issue.record("an ill-formed level id was accepted")
            return
        }
        #expect(why.contains("'ily!'") && why.contains(IdentifierRule.advice), "\(why)")
    }

    @Test("a file with an ill-formed id is refused with the same advice")
    func readerSaysTheAdvice() {
        let file = "<programme xmlns=\"\(ProgrammeXML.namespace)\" id=\"not an id\"><title>t</title><interventions/></programme>"
        do {
            _ = try ProgrammeReader().read(Array(file.utf8), name: "bad-id.xml")
            Issue.record("the file was accepted")
        } catch {
            #expect(error.diagnostics.contains { $0.message.contains(IdentifierRule.advice) }, "\(error.diagnostics)")
        }
    }
}
