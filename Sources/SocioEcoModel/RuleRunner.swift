import Dispatch

/// Runs a list of rules that each read one model and report into a list of their own:
/// on both cores when the model is large enough to pay for the threads, and always with
/// the reports in the rules' order, so the result never depends on the scheduling.
package enum RuleRunner {
    /// Below this many interventions a second thread costs more than it saves: a small
    /// programme is checked in well under a millisecond.
    package static let parallelFrom = 10_000

    /// Every rule's reports, the first rule's first. `check` must read nothing but what
    /// the rules share and write nothing but its own list.
    package static func reports<Rule: Sendable, Report>(of rules: [Rule], inParallel: Bool,
                                                        _ check: @Sendable (Rule, inout [Report]) -> Void) -> [Report] {
        guard inParallel, rules.count > 1 else {
            var reports: [Report] = []
            for rule in rules { check(rule, &reports) }
            return reports
        }
        var lists = [[Report]](repeating: [], count: rules.count)
        lists.withUnsafeMutableBufferPointer { slots in
            // Each iteration writes its own slot only.
            nonisolated(unsafe) let slots = slots
            DispatchQueue.concurrentPerform(iterations: rules.count) { i in
                check(rules[i], &slots[i])
            }
        }
        return Array(lists.joined())
    }
}
