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

    static func render(_ annotation: ExtensionMarkup?) -> String? {
        annotation?.summary
    }

    /// Extension content as the summaries its format gives it.
    static func render(_ extensions: [ExtensionMarkup]) -> String? {
        extensions.isEmpty ? nil : extensions.map(\.summary).joined(separator: ", ")
    }

    static func render(_ origin: MergeOrigin?) -> String? {
        guard let origin else { return nil }
        var parts: [String] = []
        if let p = origin.programme { parts.append("programme \(p)") }
        if let f = origin.file { parts.append("file \(f)") }
        if let id = origin.originalID { parts.append("id \(id)") }
        return parts.joined(separator: ", ")
    }

    static func render(_ sources: [MergeSource]) -> String? {
        sources.isEmpty ? nil : sources.map { s in
            var text = "\(s.programme) from \(s.file)"
            if let r = s.revision { text += " revision \(r)" }
            if let u = s.updated { text += " of \(u)" }
            return text + ": " + s.title
        }.joined(separator: "; ")
    }

    private static func compareExtensions(_ a: [ExtensionMarkup], _ b: [ExtensionMarkup], into out: inout [FieldChange]) {
        guard a != b else { return }
        var old = render(a), new = render(b)
        if old == new { new = (new ?? "") + " (content changed)" }
        if old == nil && new == nil { old = "" }
        out.append(FieldChange(field: "extensions", old: old, new: new))
    }

    /// Per intervention index, its annotations keyed by a path moved to index 0, so
    /// that the same intervention at another place compares equal.
    static func interventionAnnotations(_ p: Programme) -> [Int: [ElementPath: ExtensionMarkup]] {
        var result: [Int: [ElementPath: ExtensionMarkup]] = [:]
        for (path, attrs) in p.annotations {
            guard let i = path.interventionIndex else { continue }
            result[i, default: [:]][path.shiftingIntervention(by: -i)] = attrs
        }
        return result
    }

    private static func entries(_ n: Int) -> String {
        n == 1 ? "1 guidance entry" : "\(n) guidance entries"
    }

    static func programme(_ a: Programme, _ b: Programme) -> [FieldChange] {
        var out: [FieldChange] = []
        compare("id", a.id.rawValue, b.id.rawValue, into: &out)
        compare("framework", a.framework.displayID, b.framework.displayID, into: &out)
        if a.framework.displayID == b.framework.displayID && a.framework != b.framework {
            // A change of the framework's own guidance alone is said as such: the levels
            // and standards the refs point into are the same.
            let guidanceA = a.framework.guidance.entries
            let guidanceB = b.framework.guidance.entries
            if a.framework.withoutGuidance != b.framework.withoutGuidance {
                out.append(FieldChange(field: "framework", old: "levels and standards as before", new: "levels or standards changed"))
            }
            if guidanceA != guidanceB {
                out.append(FieldChange(field: "guidance", old: entries(guidanceA.count),
                                       new: guidanceA.count == guidanceB.count ? "\(entries(guidanceB.count)), changed" : entries(guidanceB.count)))
            }
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
        compare("merged programmes", render(a.mergeSources), render(b.mergeSources), into: &out)
        let shared: (ElementPath) -> Bool = { path in
            guard path.interventionIndex == nil else { return false }
            switch path {
            case .agency, .place: return false
            default: return true
            }
        }
        let paths = Set(a.annotations.keys.filter(shared)).union(b.annotations.keys.filter(shared)).sorted()
        for path in paths {
            compare("annotations of \(path)", render(a.annotations[path]), render(b.annotations[path]), into: &out)
        }
        return out
    }

    /// A place kept in both versions, field by field as the format names them.
    static func place(_ a: Place, _ aAnnotation: ExtensionMarkup?, _ b: Place, _ bAnnotation: ExtensionMarkup?) -> [FieldChange] {
        var out: [FieldChange] = []
        compare("name", a.name, b.name, into: &out)
        compare("pcode", a.pcode, b.pcode, into: &out)
        compare("admin-level", a.adminLevel.map(String.init), b.adminLevel.map(String.init), into: &out)
        compare("parent", a.parent?.rawValue, b.parent?.rawValue, into: &out)
        compareExtensions(a.extensions, b.extensions, into: &out)
        compare("annotations", render(aAnnotation), render(bAnnotation), into: &out)
        return out
    }

    static func agency(_ a: Agency, _ aAnnotation: ExtensionMarkup?, _ b: Agency, _ bAnnotation: ExtensionMarkup?) -> [FieldChange] {
        var out: [FieldChange] = []
        compare("name", a.name, b.name, into: &out)
        compare("type", a.type.rawValue, b.type.rawValue, into: &out)
        compare("local", a.local.map { String($0) }, b.local.map { String($0) }, into: &out)
        compareExtensions(a.extensions, b.extensions, into: &out)
        compare("annotations", render(aAnnotation), render(bAnnotation), into: &out)
        compare("origin", render(a.origin), render(b.origin), into: &out)
        return out
    }

    static func intervention(_ a: Intervention, _ aMarkup: [ElementPath: ExtensionMarkup],
                             _ b: Intervention, _ bMarkup: [ElementPath: ExtensionMarkup]) -> [FieldChange] {
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
        compare("place", words(a.places), words(b.places), into: &out)
        compare("start", a.start?.description, b.start?.description, into: &out)
        compare("end", a.end?.description, b.end?.description, into: &out)
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
        compare("origin", render(a.origin), render(b.origin), into: &out)
        for path in Set(aMarkup.keys).union(bMarkup.keys).sorted() {
            compare("annotations of \(path)", render(aMarkup[path]), render(bMarkup[path]), into: &out)
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
