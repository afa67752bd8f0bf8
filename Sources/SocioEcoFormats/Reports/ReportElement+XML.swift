extension ReportElement {
    /// Writes the element and everything in it; `xmlns` goes first on the root.
    func write(to w: inout XMLWriter, namespace: String? = nil) {
        var attrs: [(String, String)] = []
        // The subject's attributes are appended from their own list, not from a joined
        // copy of both: a report of thousands of findings made a copy per finding.
        attrs.reserveCapacity(attributes.count + (subject?.attributes.count ?? 0) + 1)
        if let namespace { attrs.append(("xmlns", namespace)) }
        func add(_ list: [(name: String, value: Value?)]) {
            for (name, value) in list {
                switch value {
                case nil: continue
                case .string(let s): attrs.append((name, s))
                case .int(let n): attrs.append((name, String(n)))
                case .bool(let b): attrs.append((name, b ? "true" : "false"))
                case .list(let items): if !items.isEmpty { attrs.append((name, items.joined(separator: " "))) }
                }
            }
        }
        add(attributes)
        if let subject { add(subject.attributes) }
        if let text {
            w.text(name, attrs, text.value)
            return
        }
        if hasNoChildren && !writesEmptyAsPair {
            w.empty(name, attrs)
            return
        }
        w.open(name, attrs)
        for part in content {
            switch part {
            case .element(let child): child.write(to: &w)
            case .optional(_, let child): child?.write(to: &w)
            case .list(_, let items): for item in items { item.write(to: &w) }
            }
        }
        w.close(name)
    }
}
