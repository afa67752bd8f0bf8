/// Character data: text where the element holds text, whitespace alone between child
/// elements, nothing in an empty element.
extension StructureChecker {
    /// Character data in the current element. `whitespace` says whether it is all XML
    /// whitespace; `value` is asked for only where the answer is not known.
    mutating func characters(whitespace: Bool?, isCDATA: Bool, value: () -> String) {
        guard let index = stack.indices.last, let kind = stack[index].kind, !stack[index].reported else { return }
        switch content(at: index) {
        case .titleTextOrElements:
            // The title as text, which may be blank as it always could.
            break
        case .text(let nonBlank):
            if nonBlank && !stack[index].sawNonBlank && whitespace != true {
                stack[index].sawNonBlank = whitespace == false || !value().utf8.allSatisfy(ValueType.isWhitespace)
            }
        case .empty:
            unexpectedContent(at: index, "must be empty; remove the text inside it")
        case .elements:
            // A CDATA section is text even when blank, as libxml2's validator counts it.
            let blank = !isCDATA && (whitespace ?? value().utf8.allSatisfy(ValueType.isWhitespace))
            if !blank && FormatVocabulary.rule(kind).content != .elements {
                unexpectedContent(at: index, "has its title in the title attribute, so it holds <guidance> entries only and no text; remove the text, or remove the title attribute and keep the title as the text", code: Self.standardTitleCode)
            } else if !blank {
                unexpectedContent(at: index, "holds elements only, no text; remove the text or move it into an element that takes text")
            }
        }
    }

    mutating func unexpectedContent(at index: Int, _ what: String, code: String = "schema") {
        guard !stack[index].reported else { return }
        stack[index].reported = true
        report(stack[index].ordinal, "<\(stack[index].name.text)> \(what)", code: code)
    }
}
