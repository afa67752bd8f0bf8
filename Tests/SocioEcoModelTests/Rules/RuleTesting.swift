import SocioEcoModel
import Testing

/// One problem as a rule test expects it: the place, the whole message, the place it relates to.
struct ExpectedProblem: Equatable, CustomStringConvertible {
    var path: ElementPath
    var message: String
    var related: ElementPath? = nil

    var description: String { "\(path) \(related.map { "(related \($0)) " } ?? "")\(message)" }
}

/// Expects the problems with `code` in `programme` to be exactly `expected`, in order,
/// and each message to be in the model's words.
///
/// The completeness tests find `code: .name` in these files: call it with the label.
func expectProblems(_ programme: Programme, code: ModelProblem.Code, _ expected: [ExpectedProblem],
                    sourceLocation: SourceLocation = #_sourceLocation) {
    let found = programme.problems().filter { $0.code == code }
    #expect(found.map { ExpectedProblem(path: $0.path, message: $0.message, related: $0.related) } == expected,
            sourceLocation: sourceLocation)
    for problem in found {
        #expect(ModelWords.xmlWords(in: problem.message).isEmpty, "\(problem.message)", sourceLocation: sourceLocation)
    }
}

/// Words of the XML format that the model's messages must not use.
enum ModelWords {
    static func xmlWords(in message: String) -> [String] {
        ["<", "element", "attribute"].filter { message.contains($0) }
    }
}

/// Small programmes for rule tests.
enum RuleFixtures {
    /// A CPMS programme with `interventions` and `agencies`.
    static func programme(_ interventions: [Intervention] = [], agencies: [Agency] = []) -> Programme {
        Programme(id: "p", title: "P", agencies: agencies, interventions: interventions)
    }

    /// A programme on a custom framework named `fw`.
    static func custom(levels: [Level], standards: [Standard], interventions: [Intervention] = []) -> Programme {
        Programme(id: "p", framework: Framework(kind: .custom, name: "fw", levels: levels, standards: standards),
                  title: "P", interventions: interventions)
    }

    /// Two levels and a strategy, valid.
    static let levels = [Level(id: "inner", rank: 1), Level(id: "outer", rank: 2)]
    static let standards = [Standard(id: "s1", pillar: 3, isStrategy: true, title: "S", mainLevels: ["inner"])]
}
