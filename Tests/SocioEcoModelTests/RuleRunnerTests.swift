import SocioEcoModel
import Testing

@Suite("Rules on both cores")
struct RuleRunnerTests {
    @Test("reports come back in the rules' order, on both cores as on one")
    func sameOrderInParallel() {
        let rules = Array(0..<40)
        // Uneven amounts of work, so the threads finish their rules out of order.
        let check: @Sendable (Int, inout [Int]) -> Void = { rule, reports in
            for k in 0..<(rule % 7 + 1) * 500 { reports.append(rule * 10_000 + k) }
        }
        let one = RuleRunner.reports(of: rules, inParallel: false, check)
        #expect(one.count == rules.reduce(0) { $0 + ($1 % 7 + 1) * 500 })
        for _ in 0..<20 {
            #expect(RuleRunner.reports(of: rules, inParallel: true, check) == one)
        }
    }
}
