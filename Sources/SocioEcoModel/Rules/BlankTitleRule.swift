/// The programme, every intervention and every guidance entry of a custom framework have a title with something to read in it.
struct BlankTitleRule: FormatRule {
    var code: ModelProblem.Code { .blankTitle }

    static let message = "the title is empty; write at least one character that is not whitespace"

    func check(_ context: RuleContext, into problems: inout [ModelProblem]) {
        func check(_ text: String, at path: ElementPath) {
            // The whitespace of the format (XSD's), not Unicode's: a title of one
            // no-break space is a title.
            if text.unicodeScalars.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }) {
                problems.append(ModelProblem(code: code, message: Self.message, path: path))
            }
        }
        check(context.programme.title, at: .title)
        // A suggested intervention takes its title from the entry.
        if context.programme.framework.kind == .custom {
            for (i, standard) in context.programme.framework.standards.enumerated() {
                for (k, entry) in standard.guidance.enumerated() { check(entry.title, at: .frameworkGuidance(i, k)) }
            }
        }
        let all = context.programme.interventions
        for i in all.indices { check(all[i].title, at: .interventionTitle(i)) }
    }
}
