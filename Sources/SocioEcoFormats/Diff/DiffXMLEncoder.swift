import SocioEcoAnalysis
import SocioEcoModel

/// Writes a programme diff as XML (`urn:socioeco:diff:1`): one element per added,
/// removed or changed element, each changed field with its old and new value as
/// attributes (left out when absent), the levels before and after, the places and
/// levels whose coverage moved, and the findings that appeared or went away. Free text goes through `XMLEscaping`.
public struct DiffXMLEncoder: OutputEncoder {
    public static let namespace = "urn:socioeco:diff:1"

    /// No choices: the form is fixed by its schema.
    public typealias Options = FixedForm

    public init(options: Options = Options()) {}

    /// The whole diff, an XML declaration first and a final newline.
    public func encode(_ input: NamedDiff) -> String {
        let (d, oldName, newName) = (input.diff, input.oldName, input.newName)
        var w = XMLWriter()
        var root: [(String, String)] = [("xmlns", Self.namespace), ("old", oldName), ("new", newName),
                                        ("old-programme", d.oldID.rawValue), ("new-programme", d.newID.rawValue)]
        if let r = d.oldRevision { root.append(("old-revision", String(r))) }
        if let r = d.newRevision { root.append(("new-revision", String(r))) }
        root.append(("same", String(d.isEmpty)))
        w.open("programme-diff", root)
        changes("programme", [], d.programme, into: &w)
        section("agencies", d.addedAgencies.map { ($0.id.rawValue, $0.name) }, d.removedAgencies.map { ($0.id.rawValue, $0.name) },
                d.changedAgencies, element: "agency", text: "name", into: &w)
        section("places", d.addedPlaces.map { ($0.id.rawValue, $0.name) }, d.removedPlaces.map { ($0.id.rawValue, $0.name) },
                d.changedPlaces, element: "place", text: "name", into: &w)
        section("interventions", d.addedInterventions.map { ($0.id.rawValue, $0.title) }, d.removedInterventions.map { ($0.id.rawValue, $0.title) },
                d.changedInterventions, element: "intervention", text: "title", into: &w)
        w.open("levels")
        for l in d.levels {
            var attrs = [("id", l.level.rawValue)]
            if let b = l.before { attrs.append(("before", String(b))) }
            if let a = l.after { attrs.append(("after", String(a))) }
            if l.isNowCovered { attrs.append(("change", "now-covered")) }
            if l.isNowUncovered { attrs.append(("change", "now-uncovered")) }
            w.empty("level", attrs)
        }
        w.close("levels")
        placeLevels(d.placeLevels, into: &w)
        findings("appeared", d.appearedFindings, into: &w)
        findings("resolved", d.resolvedFindings, into: &w)
        w.close("programme-diff")
        return w.output
    }

    private func section(_ name: String, _ added: [(String, String)], _ removed: [(String, String)], _ changed: [ElementChange],
                         element: String, text: String, into w: inout XMLWriter) {
        if added.isEmpty && removed.isEmpty && changed.isEmpty { return w.empty(name) }
        w.open(name)
        for (id, t) in added { w.empty("added", [("id", id), (text, t)]) }
        for (id, t) in removed { w.empty("removed", [("id", id), (text, t)]) }
        for c in changed { changes("changed", [("id", c.id)], c.changes, into: &w) }
        w.close(name)
    }

    private func changes(_ name: String, _ attrs: [(String, String)], _ list: [FieldChange], into w: inout XMLWriter) {
        if list.isEmpty { return w.empty(name, attrs) }
        w.open(name, attrs)
        for c in list {
            var a = [("field", c.field)]
            if let o = c.old { a.append(("old", o)) }
            if let n = c.new { a.append(("new", n)) }
            w.empty("field", a)
        }
        w.close(name)
    }

    private func placeLevels(_ list: [PlaceLevelShift], into w: inout XMLWriter) {
        if list.isEmpty { return w.empty("place-levels") }
        w.open("place-levels")
        for s in list {
            var attrs = [("place", s.place.rawValue), ("name", s.name), ("level", s.level.rawValue)]
            if let b = s.before { attrs.append(("before", String(b))) }
            if let a = s.after { attrs.append(("after", String(a))) }
            if s.isNowCovered { attrs.append(("change", "now-covered")) }
            if s.isNowUncovered { attrs.append(("change", "now-uncovered")) }
            w.empty("place-level", attrs)
        }
        w.close("place-levels")
    }

    private func findings(_ name: String, _ list: [Finding], into w: inout XMLWriter) {
        if list.isEmpty { return w.empty(name) }
        w.open(name)
        for f in list {
            var a = [("code", f.code.rawValue), ("severity", f.severity.rawValue)]
            switch f.subject {
            case .programme: break
            case .level(let l): a.append(("level", l.rawValue))
            case .standard(let s): a.append(("standard", s.rawValue))
            case .intervention(let i): a.append(("intervention", i.rawValue))
            case .group(let g, let l): a += [("level", l.rawValue), ("group", g.rawValue)]
            case .placeLevel(let p, let l): a += [("place", p.rawValue), ("level", l.rawValue)]
            }
            w.text("finding", a, f.message)
        }
        w.close(name)
    }
}
