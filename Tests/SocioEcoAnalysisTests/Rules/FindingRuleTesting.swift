import SocioEcoAnalysis
import SocioEcoModel
import Testing

/// One finding as a rule test expects it: its subject and whole message.
struct ExpectedFinding: Equatable, CustomStringConvertible {
    var subject: Finding.Subject
    var message: String

    var description: String { "\(subject.label): \(message)" }
}

/// Expects the findings with `code` in the analysis of `programme` to be exactly
/// `expected`, in order, each with the code's severity.
///
/// The completeness tests find `code: .name` in these files: call it with the label.
func expectFindings(_ programme: Programme, code: Finding.Code, _ expected: [ExpectedFinding],
                    sourceLocation: SourceLocation = #_sourceLocation) {
    let found = CoverageAnalysis(programme: programme).findings.filter { $0.code == code }
    #expect(found.map { ExpectedFinding(subject: $0.subject, message: $0.message) } == expected, sourceLocation: sourceLocation)
    #expect(found.allSatisfy { $0.severity == code.severity }, sourceLocation: sourceLocation)
}

/// Small programmes for finding rule tests.
enum FindingFixtures {
    static func programme(_ interventions: [Intervention], agencies: [Agency] = []) -> Programme {
        Programme(id: "p", title: "P", agencies: agencies, interventions: interventions)
    }

    /// A custom framework's programme, with untitled standards and unlabelled levels.
    static func custom(_ interventions: [Intervention]) -> Programme {
        let fw = Framework(kind: .custom, name: "fw",
                           levels: [Level(id: "inner", rank: 1), Level(id: "outer", rank: 2, label: "Outer ring")],
                           standards: [Standard(id: "s1", pillar: 3, isStrategy: true, title: "", mainLevels: ["inner"]),
                                       Standard(id: "r1", pillar: 2, isStrategy: false, title: "")])
        return Programme(id: "p", framework: fw, title: "P", interventions: interventions)
    }
}
