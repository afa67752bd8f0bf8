extension ReportElement {
    /// The element as a JSON object, by rules that leave no name to choose:
    ///
    /// - an attribute is a member named as the attribute in camelCase (`main-levels`
    ///   becomes `mainLevels`): a number, a boolean, a string, an array for a list, and
    ///   `null` when the element may carry it but does not;
    /// - a finding's subject is an object `subject` with its `kind` and the attributes
    ///   that name it (XML writes those attributes on the element itself);
    /// - the element's text is the member its tree names (`title`, `message`);
    /// - a child element is a member of its name: a string when it holds text alone, an
    ///   array when it is a section holding only a list, an object otherwise, `null`
    ///   when it may be absent and is;
    /// - repeated children are an array under the children's name.
    var json: JSONValue {
        var members: [(String, JSONValue)] = []
        members.reserveCapacity(attributes.count + content.count + 1)
        for (name, value) in attributes {
            members.append((Self.camelCase(name), value.map(Self.json) ?? .null))
        }
        if let subject {
            let named = subject.attributes.map { (Self.camelCase($0.name), $0.value.map(Self.json) ?? .null) }
            members.append(("subject", .object([("kind", .string(subject.kind))] + named)))
        }
        if let text { members.append((text.name, .string(text.value))) }
        for part in content {
            switch part {
            case .element(let child): members.append((Self.camelCase(child.name), child.jsonAsChild))
            case .optional(let name, let child): members.append((Self.camelCase(name), child?.jsonAsChild ?? .null))
            case .items(let item, let items): members.append((Self.camelCase(item), .array(items.map(\.json))))
            }
        }
        return .object(members)
    }

    /// The document: `format` (the namespace) first, then the root's members.
    func jsonDocument(namespace: String) -> JSONValue {
        guard case .object(let members) = json else { return json }
        return .object([("format", .string(namespace))] + members)
    }

    private var jsonAsChild: JSONValue {
        if attributes.isEmpty, content.isEmpty, let text { return .string(text.value) }
        if attributes.isEmpty, text == nil, content.count == 1, case .items(_, let items) = content[0] {
            return .array(items.map(\.json))
        }
        return json
    }

    private static func json(_ value: Value) -> JSONValue {
        switch value {
        case .string(let s): return .string(s)
        case .int(let n): return .int(n)
        case .bool(let b): return .bool(b)
        case .list(let items): return .array(items.map(JSONValue.string))
        }
    }

    /// `lead-agencies` as `leadAgencies`.
    static func camelCase(_ name: String) -> String {
        guard name.contains("-") else { return name }
        let parts = name.split(separator: "-", omittingEmptySubsequences: false)
        return parts.enumerated().map { i, part in
            i == 0 || part.isEmpty ? String(part) : part.prefix(1).uppercased() + part.dropFirst()
        }.joined()
    }
}
