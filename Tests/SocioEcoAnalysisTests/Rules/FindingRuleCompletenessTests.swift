import Foundation
@testable import SocioEcoAnalysis
import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// Every finding code has a rule and a test of its own.
@Suite struct FindingRuleCompletenessTests {
    @Test func everyCodeHasExactlyOneRule() {
        let codes = FindingRules.all.map(\.code)
        #expect(codes.count == Set(codes).count, "a code with two rules: \(codes)")
        #expect(Set(codes) == Set(Finding.Code.allCases))
    }

    /// A rule test names the code it asserts as `code: .name` (see `expectFindings`).
    @Test(arguments: Finding.Code.allCases)
    func everyCodeHasATest(_ code: Finding.Code) throws {
        let folder = Paths.packageRoot.appendingPathComponent("Tests/SocioEcoAnalysisTests/Rules")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix("Tests.swift") && $0 != "FindingRuleCompletenessTests.swift" }
        let texts = try files.map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
        #expect(texts.contains { $0.contains("code: .\(code), [") }, "no rule test asserts \(code.rawValue)")
    }
}
