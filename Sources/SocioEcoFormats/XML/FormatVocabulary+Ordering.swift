extension FormatVocabulary {
    /// The attributes given in `values`, named and ordered as the vocabulary lists them
    /// for `kind`; those whose value is nil are left out.
    ///
    /// `values` must name exactly the attributes listed for `kind`: an attribute added to
    /// the vocabulary that a writer gives no value for, or a value for an attribute the
    /// vocabulary does not list, stops the program at the first element written, which
    /// every round-trip test reaches.
    static func ordered(_ values: KeyValuePairs<FormatName, String?>, for kind: ElementRule.Kind) -> [(String, String)] {
        let rules = rule(kind).attributes
        precondition(values.count == rules.count, mismatch(values, kind))
        var result: [(String, String)] = []
        result.reserveCapacity(rules.count)
        for attribute in rules {
            guard let k = values.firstIndex(where: { $0.key == attribute.name }) else {
                preconditionFailure(mismatch(values, kind))
            }
            if let value = values[k].value { result.append((attribute.name.text, value)) }
        }
        return result
    }

    private static func mismatch(_ values: KeyValuePairs<FormatName, String?>, _ kind: ElementRule.Kind) -> String {
        let given = values.map(\.key.text).joined(separator: " ")
        let listed = rule(kind).attributes.map(\.name.text).joined(separator: " ")
        return "the writer gives attributes [\(given)] to an element of type \(rule(kind).schemaType); the vocabulary lists [\(listed)]"
    }
}
