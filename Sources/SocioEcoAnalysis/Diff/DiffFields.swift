import SocioEcoModel

/// Field-by-field comparison of the elements of two programme versions, each value
/// rendered as the plain text a reviewer reads.
enum DiffFields {
    static func firstByID<T>(_ ids: [Identifier<T>]) -> [Identifier<T>: Int] {
        var index: [Identifier<T>: Int] = [:]
        for (i, id) in ids.enumerated() where index[id] == nil { index[id] = i }
        return index
    }

    private static func compare(_ field: String, _ a: String?, _ b: String?, into out: inout [FieldChange]) {
        if a != b { out.append(FieldChange(field: field, old: a, new: b)) }
    }

    private static func words<T>(_ ids: [Identifier<T>]) -> String? {
        ids.isEmpty ? nil : ids.map(\.rawValue).joined(separator: " ")
    }

    static func name(_ q: QualifiedName) -> String {
        if q.namespaceURI == "http://www.w3.org/XML/1998/namespace" { return "xml:" + q.localName }
        return q.namespaceURI.map { "{\($0)}" + q.localName } ?? q.localName
    }

    static func render(_ attrs: [ForeignAttribute]) -> String? {
        attrs.isEmpty ? nil : attrs.map { name($0.name) + "=" + $0.value }.joined(separator: " ")
    }

    /// Extension elements as their names, with a count of the text and elements inside.
    static func render(_ elements: [ExtensionElement]) -> String? {
        elements.isEmpty ? nil : elements.map(name(of:)).joined(separator: ", ")
    }

    private static func name(of e: ExtensionElement) -> String {
        name(e.name) + (e.children.isEmpty && e.attributes.isEmpty ? "" : "(…)")
    }

    private static func compareExtensions(_ a: [ExtensionElement], _ b: [ExtensionElement], into out: inout [FieldChange]) {
        guard a != b else { return }
        var old = render(a), new = render(b)
        if old == new { new = (new ?? "") + " (content changed)" }
        if old == nil && new == nil { old = "" }
        out.append(FieldChange(field: "extensions", old: old, new: new))
    }

    static func attributes(of path: ElementPath, in p: Programme) -> [ForeignAttribute] {
        p.foreignAttributes[path] ?? []
    }

    /// Per intervention index, its foreign attributes keyed by a path moved to index 0,
    /// so that the same intervention at another place compares equal.
    static func interventionAttributes(_ p: Programme) -> [Int: [ElementPath: [ForeignAttribute]]] {
        var result: [Int: [ElementPath: [ForeignAttribute]]] = [:]
        for (path, attrs) in p.foreignAttributes {
            guard let i = path.interventionIndex else { continue }
            result[i, default: [:]][path.shiftingIntervention(by: -i)] = attrs
        }
        return result
    }

    static func programme(_ a: Programme, _ b: Programme) -> [FieldChange] {
        var out: [FieldChange] = []
        compare("id", a.id.rawValue, b.id.rawValue, into: &out)
        compare("framework", a.framework.displayID, b.framework.displayID, into: &out)
        if a.framework.displayID == b.framework.displayID && a.framework != b.framework {
            out.append(FieldChange(field: "framework", old: "levels and standards as before", new: "levels or standards changed"))
        }
        compare("revision", a.revision.map(String.init), b.revision.map(String.init), into: &out)
        compare("updated", a.updated?.description, b.updated?.description, into: &out)
        compare("title", a.title, b.title, into: &out)
        compare("description", a.description, b.description, into: &out)
        compare("crisis", a.context?.crisis?.rawValue, b.context?.crisis?.rawValue, into: &out)
        compare("location", a.context?.location, b.context?.location, into: &out)
        compare("start", a.context?.start?.description, b.context?.start?.description, into: &out)
        compare("end", a.context?.end?.description, b.context?.end?.description, into: &out)
        compareExtensions(a.extensions, b.extensions, into: &out)
        let shared: (ElementPath) -> Bool = { $0.interventionIndex == nil && { if case .agency = $0 { return false }; return true }($0) }
        let paths = Set(a.foreignAttributes.keys.filter(shared)).union(b.foreignAttributes.keys.filter(shared)).sorted()
        for path in paths {
            compare("foreign attributes of <\(path.label)>", render(a.foreignAttributes[path] ?? []), render(b.foreignAttributes[path] ?? []), into: &out)
        }
        return out
    }

    static func agency(_ a: Agency, _ aAttrs: [ForeignAttribute], _ b: Agency, _ bAttrs: [ForeignAttribute]) -> [FieldChange] {
        var out: [FieldChange] = []
        compare("name", a.name, b.name, into: &out)
        compare("type", a.type.rawValue, b.type.rawValue, into: &out)
        compare("local", a.local.map { String($0) }, b.local.map { String($0) }, into: &out)
        compareExtensions(a.extensions, b.extensions, into: &out)
        compare("foreign attributes", render(aAttrs), render(bAttrs), into: &out)
        return out
    }

    static func intervention(_ a: Intervention, _ aMarkup: [ElementPath: [ForeignAttribute]],
                             _ b: Intervention, _ bMarkup: [ElementPath: [ForeignAttribute]]) -> [FieldChange] {
        var out: [FieldChange] = []
        compare("lead", a.lead?.rawValue, b.lead?.rawValue, into: &out)
        compare("phase", a.phase?.rawValue, b.phase?.rawValue, into: &out)
        compare("status", a.status?.rawValue, b.status?.rawValue, into: &out)
        compare("title", a.title, b.title, into: &out)
        compare("description", a.description, b.description, into: &out)
        compare("level", words(a.levels), words(b.levels), into: &out)
        compare("standard", words(a.standards), words(b.standards), into: &out)
        compare("reaches", words(a.reaches), words(b.reaches), into: &out)
        compare("partner", words(a.partners), words(b.partners), into: &out)
        let oldIndicators = firstByID(a.indicators.map(\.id))
        let newIndicators = firstByID(b.indicators.map(\.id))
        for ind in b.indicators where newIndicators[ind.id] != nil {
            compare("indicator \(ind.id)", oldIndicators[ind.id].map { indicator(a.indicators[$0]) }, indicator(ind), into: &out)
        }
        for ind in a.indicators where newIndicators[ind.id] == nil {
            compare("indicator \(ind.id)", indicator(ind), nil, into: &out)
        }
        compare("depends-on", words(a.dependsOn), words(b.dependsOn), into: &out)
        compareExtensions(a.extensions, b.extensions, into: &out)
        for path in Set(aMarkup.keys).union(bMarkup.keys).sorted() {
            compare("foreign attributes of <\(path.label)>", render(aMarkup[path] ?? []), render(bMarkup[path] ?? []), into: &out)
        }
        return out
    }

    private static func indicator(_ i: Indicator) -> String {
        var head: [String] = []
        if let t = i.target { head.append("target " + t.text) }
        if let u = i.unit { head.append(u.rawValue) }
        return (head.isEmpty ? "" : "[" + head.joined(separator: " ") + "] ") + i.text
    }
}
