/// Attributes: those the vocabulary lists for the element, with values of their types,
/// and the required ones present.
extension StructureChecker {
    /// An attribute in no namespace of the element just started; `name` is nil when it
    /// is not a name of the format.
    mutating func attribute(_ name: FormatName?, localName: () -> String, value: String) {
        guard let index = stack.indices.last, let kind = stack[index].kind else { return }
        let frame = stack[index]
        let rules = FormatVocabulary.rule(kind).attributes
        guard let name, let k = rules.firstIndex(where: { $0.name == name }) else {
            let allowed = rules.map(\.name.text).joined(separator: ", ")
            report(frame.ordinal, "attribute '\(localName())' is not part of <\(frame.name.text)>; remove it, or put it in a namespace of your own" + (allowed.isEmpty ? " (this element takes no attributes of the format)" : " (the format's attributes here: \(allowed))"))
            return
        }
        stack[index].seenAttributes |= 1 << k
        switch rules[k].type.problem(with: value) {
        case nil:
            break
        case .spacedDate?:
            report(frame.ordinal, "date '\(value)' has spaces around it; write it as YYYY-MM-DD alone", code: "date")
        case .invalid(let why)?:
            report(frame.ordinal, "attribute \(name.text)='\(value)' of <\(frame.name.text)> \(why)")
        }
    }

    /// An attribute in the format's own namespace, which declares none.
    mutating func attributeInOurNamespace(_ written: WrittenName) {
        guard let index = stack.indices.last, stack[index].kind != nil else { return }
        report(stack[index].ordinal, "attribute '\(written.text)' is in the format's namespace, which has no attributes; write the format's attributes without a prefix, and extensions in a namespace of your own")
    }

    /// After the attributes of a start tag: reports the required ones that were missing.
    mutating func endAttributes() {
        guard let index = stack.indices.last, let kind = stack[index].kind else { return }
        let frame = stack[index]
        for (k, rule) in FormatVocabulary.rule(kind).attributes.enumerated() where rule.required && frame.seenAttributes & (1 << k) == 0 {
            report(frame.ordinal, "<\(frame.name.text)> lacks the required attribute '\(rule.name.text)'")
        }
    }

    /// Whether the element just started is one whose attributes are checked.
    var checksCurrentElement: Bool { stack.last?.kind != nil }
}
