import Foundation
@testable import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// Every code has a rule and a test of its own, and the rules together keep the order
/// `problems()` promises.
@Suite struct FormatRuleCompletenessTests {
    @Test func everyCodeHasExactlyOneRule() {
        let codes = FormatRules.all.map(\.code)
        #expect(codes.count == Set(codes).count, "a code with two rules: \(codes)")
        #expect(Set(codes) == Set(ModelProblem.Code.allCases))
    }

    /// A rule test names the code it asserts as `code: .name` (see `expectProblems`).
    @Test(arguments: ModelProblem.Code.allCases)
    func everyCodeHasATest(_ code: ModelProblem.Code) throws {
        let folder = Paths.packageRoot.appendingPathComponent("Tests/SocioEcoModelTests/Rules")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix("Tests.swift") && $0 != "FormatRuleCompletenessTests.swift" }
        let texts = try files.map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
        #expect(texts.contains { $0.contains("code: .\(code), [") }, "no rule test asserts \(code.rawValue)")
    }

    @Test func problemsComeInDocumentOrderThenByCode() {
        let p = Programme(id: "p", title: "", agencies: [Agency(id: "x", name: "X", type: .un), Agency(id: "x", name: "X", type: .un)],
                          interventions: [
                              Intervention(id: "b", lead: "nobody", title: "B", levels: ["planet"], dependsOn: ["b"]),
                              Intervention(id: "b", title: "", levels: []),
                          ])
        let problems = p.problems()
        #expect(problems.map(\.path) == problems.map(\.path).sorted())
        #expect(problems.map(\.code) == [.blankTitle, .duplicateID, .unresolvedAgency, .unresolvedLevel, .selfDependency,
                                         .duplicateID, .missingLevel, .blankTitle])
        #expect(p.problems(includingShapeRules: false).map(\.code) == [.duplicateID, .unresolvedAgency, .unresolvedLevel,
                                                                        .selfDependency, .duplicateID])
    }
}
