import SocioEcoModel

/// Findings of one code about many interventions, put together for a person to read.
///
/// A programme of a thousand interventions can have hundreds of "no indicator"
/// findings; a report that prints the same sentence hundreds of times hides the few
/// findings that matter. Reports for people show groups; the XML and JSON reports keep
/// every finding on its own for tools.
public struct FindingGroup: Hashable, Sendable {
    public var code: Finding.Code
    public var severity: Finding.Severity { code.severity }
    /// The findings in the group, in report order; never empty.
    public var findings: [Finding]
    /// The finding's own message for a group of one; one sentence for them all otherwise.
    public var message: String

    /// Whether the group stands for more than one finding.
    public var isGrouped: Bool { findings.count > 1 }

    /// Runs of at least this many findings of one code about interventions (or about
    /// places and levels) are grouped.
    public static let threshold = 3

    /// `findings` (in report order, as `CoverageAnalysis.findings` gives them) with each
    /// run of `threshold` or more findings of one code about interventions, or about
    /// places and levels, made into one
    /// group, and every other finding a group of its own. Order is kept.
    public static func grouping(_ findings: [Finding], threshold: Int = FindingGroup.threshold) -> [FindingGroup] {
        var groups: [FindingGroup] = []
        var start = 0
        while start < findings.count {
            let code = findings[start].code
            var end = start + 1
            while end < findings.count && findings[end].code == code { end += 1 }
            let run = Array(findings[start..<end])
            if let message = summary(of: code, count: run.count), run.count >= max(threshold, 2),
               run.allSatisfy({ if case .intervention = $0.subject { true } else { false } })
                || run.allSatisfy({ if case .placeLevel = $0.subject { true } else { false } }) {
                groups.append(FindingGroup(code: code, findings: run, message: message))
            } else {
                groups += run.map { FindingGroup(code: code, findings: [$0], message: $0.message) }
            }
            start = end
        }
        return groups
    }

    /// One sentence for `count` findings of `code`, for the codes whose findings are
    /// about single interventions; nil for the others. Each rule says its own.
    static func summary(of code: Finding.Code, count: Int) -> String? {
        FindingRules.rule(for: code)?.summary(count: count)
    }
}

extension CoverageAnalysis {
    /// The findings as a person should read them: see `FindingGroup.grouping`.
    public var findingGroups: [FindingGroup] { FindingGroup.grouping(findings) }
}
