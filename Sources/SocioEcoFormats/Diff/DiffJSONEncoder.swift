import SocioEcoAnalysis
import SocioEcoModel

/// Writes a programme diff as JSON with the content of the XML form, members in a
/// fixed order.
public struct DiffJSONEncoder: OutputEncoder {
    /// No choices: the form is that of the XML diff.
    public typealias Options = FixedForm

    public init(options: Options = Options()) {}

    /// The whole diff, ending with a newline.
    public func encode(_ input: NamedDiff) -> String {
        let (d, oldName, newName) = (input.diff, input.oldName, input.newName)
        typealias J = JSONValue
        func changes(_ list: [FieldChange]) -> J {
            .array(list.map { .object([("field", .string($0.field)), ("old", .optional($0.old)), ("new", .optional($0.new))]) })
        }
        func changed(_ list: [ElementChange]) -> J {
            .array(list.map { .object([("id", .string($0.id)), ("changes", changes($0.changes))]) })
        }
        func findings(_ list: [Finding]) -> J {
            .array(list.map { f in
                .object([("code", .string(f.code.rawValue)), ("severity", .string(f.severity.rawValue)),
                         ("subject", Self.subject(f.subject)), ("message", .string(f.message))])
            })
        }
        let report: J = .object([
            ("format", .string(DiffXMLEncoder.namespace)),
            ("old", .object([("file", .string(oldName)), ("programme", .string(d.oldID.rawValue)),
                             ("revision", d.oldRevision.map(J.int) ?? .null)])),
            ("new", .object([("file", .string(newName)), ("programme", .string(d.newID.rawValue)),
                             ("revision", d.newRevision.map(J.int) ?? .null)])),
            ("same", .bool(d.isEmpty)),
            ("programme", changes(d.programme)),
            ("agencies", .object([
                ("added", .array(d.addedAgencies.map { .object([("id", .string($0.id.rawValue)), ("name", .string($0.name))]) })),
                ("removed", .array(d.removedAgencies.map { .object([("id", .string($0.id.rawValue)), ("name", .string($0.name))]) })),
                ("changed", changed(d.changedAgencies)),
            ])),
            ("places", .object([
                ("added", .array(d.addedPlaces.map { .object([("id", .string($0.id.rawValue)), ("name", .string($0.name))]) })),
                ("removed", .array(d.removedPlaces.map { .object([("id", .string($0.id.rawValue)), ("name", .string($0.name))]) })),
                ("changed", changed(d.changedPlaces)),
            ])),
            ("interventions", .object([
                ("added", .array(d.addedInterventions.map { .object([("id", .string($0.id.rawValue)), ("title", .string($0.title))]) })),
                ("removed", .array(d.removedInterventions.map { .object([("id", .string($0.id.rawValue)), ("title", .string($0.title))]) })),
                ("changed", changed(d.changedInterventions)),
            ])),
            ("levels", .array(d.levels.map { l in
                .object([("id", .string(l.level.rawValue)), ("before", l.before.map(J.int) ?? .null),
                         ("after", l.after.map(J.int) ?? .null),
                         ("change", l.isNowCovered ? .string("now-covered") : l.isNowUncovered ? .string("now-uncovered") : .null)])
            })),
            ("place-levels", .array(d.placeLevels.map { s in
                .object([("place", .string(s.place.rawValue)), ("name", .string(s.name)), ("level", .string(s.level.rawValue)),
                         ("before", s.before.map(J.int) ?? .null), ("after", s.after.map(J.int) ?? .null),
                         ("change", s.isNowCovered ? .string("now-covered") : s.isNowUncovered ? .string("now-uncovered") : .null)])
            })),
            ("appeared", findings(d.appearedFindings)),
            ("resolved", findings(d.resolvedFindings)),
        ])
        var out = ""
        report.write(into: &out)
        return out + "\n"
    }

    /// A finding's subject as an object with its kind.
    static func subject(_ s: Finding.Subject) -> JSONValue {
        switch s {
        case .programme: return .object([("kind", .string("programme"))])
        case .level(let l): return .object([("kind", .string("level")), ("level", .string(l.rawValue))])
        case .standard(let st): return .object([("kind", .string("standard")), ("standard", .string(st.rawValue))])
        case .intervention(let i): return .object([("kind", .string("intervention")), ("intervention", .string(i.rawValue))])
        case .group(let g, let l):
            return .object([("kind", .string("group")), ("group", .string(g.rawValue)), ("level", .string(l.rawValue))])
        case .placeLevel(let p, let l):
            return .object([("kind", .string("place-level")), ("place", .string(p.rawValue)), ("level", .string(l.rawValue))])
        }
    }
}
