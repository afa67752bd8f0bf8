import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// `ProgrammeMerger`: nothing dropped, ids unique and refs rewritten, conflicts and
/// repeats reported, frameworks checked, and the same content whatever the grouping.
@Suite struct ProgrammeMergerTests {
    func input(_ p: Programme, _ file: String) -> ProgrammeMerger.Input { .init(programme: p, source: file) }


    /// A generated programme on CPMS 2019 (the generator also makes custom frameworks).
    func cpmsProgramme(seed: UInt64, maximum: Int = 12) -> Programme {
        var s = seed
        while true {
            var g = ProgrammeGenerator(seed: s, maximumInterventions: maximum)
            let p = g.programme()
            if p.framework.kind == .cpms2019 { return g.decorated(p) }
            s &+= 1_000_003
        }
    }

    let a = Programme(id: "a", title: "A", agencies: [
        Agency(id: "unicef", name: "UNICEF", type: .un),
        Agency(id: "ngo", name: "Local NGO", type: .nationalNGO, local: true),
    ], interventions: [
        Intervention(id: "cfs-01", lead: "unicef", title: "CFS", levels: ["child"], standards: ["15"],
                     partners: ["ngo"], indicators: [Indicator(id: "att", text: "attendance")]),
        Intervention(id: "pss", lead: "ngo", title: "PSS", levels: ["family"], dependsOn: ["cfs-01"]),
    ])
    let b = Programme(id: "b", title: "B", agencies: [
        Agency(id: "unicef", name: "UNICEF", type: .un),
        Agency(id: "ngo", name: "Another NGO", type: .communityBased),
    ], interventions: [
        Intervention(id: "cfs-01", lead: "ngo", title: "CFS of B", levels: ["community"], partners: ["unicef"],
                     indicators: [Indicator(id: "att", text: "attendance of B")]),
        Intervention(id: "norms", lead: "unicef", title: "Norms", levels: ["society"], dependsOn: ["cfs-01"]),
    ])

    @Test func collisionsAreRenamedAndRefsRewritten() throws {
        let r = try ProgrammeMerger().merge([input(a, "a.xml"), input(b, "b.xml")])
        let j = r.programme
        #expect(j.problems().isEmpty)
        #expect(j.interventions.map(\.id) == ["cfs-01", "pss", "b.cfs-01", "norms"])
        #expect(j.agencies.map(\.id) == ["unicef", "ngo", "b.ngo"])
        let bCFS = j.interventions[2]
        #expect(bCFS.lead == "b.ngo", "the conflicting agency's refs follow it")
        #expect(bCFS.partners == ["unicef"], "an agreeing agency is one agency")
        #expect(bCFS.indicators.map(\.id) == ["b.att"])
        #expect(j.interventions[3].dependsOn == ["b.cfs-01"], "depends-on follows the rename")
        #expect(j.interventions[1].dependsOn == ["cfs-01"])
        #expect(j.interventions[2].origin?.programme == "b" && j.interventions[2].origin?.file == "b.xml")
        #expect(j.interventions[2].origin?.originalID == "cfs-01" && j.interventions[0].origin?.originalID == nil)
        #expect(j.agencies[2].origin?.originalID == "ngo")
        #expect(Set(r.notes.map(\.kind)) == [.agencyConflict, .interventionRenamed, .indicatorRenamed])
        #expect(j.mergeSources.map(\.programme) == ["a", "b"])
    }

    @Test func mergingAProgrammeWithItselfKeepsBothCopiesAndWarns() throws {
        let r = try ProgrammeMerger().merge([input(a, "a.xml"), input(a, "a.xml")])
        #expect(r.programme.interventions.count == 2 * a.interventions.count)
        #expect(r.programme.agencies.count == a.agencies.count, "identical agencies are one")
        #expect(r.programme.problems().isEmpty)
        #expect(r.notes.first?.kind == .repeatedProgramme)
        #expect(r.notes.filter { $0.kind == .interventionRenamed }.count == a.interventions.count)
    }

    @Test func differentFrameworksAreRefused() throws {
        let custom = Framework(kind: .custom, name: "fw", levels: [Level(id: "in", rank: 1), Level(id: "out", rank: 2)],
                               standards: [Standard(id: "s", pillar: 1, isStrategy: true, title: "S")])
        let other = Framework(kind: .custom, name: "fw", levels: [Level(id: "in", rank: 1), Level(id: "far", rank: 2)],
                              standards: [Standard(id: "s", pillar: 1, isStrategy: true, title: "S")])
        let c = Programme(id: "c", framework: custom, title: "C")
        let d = Programme(id: "d", framework: other, title: "D")
        #expect(throws: MergeError.self) { try ProgrammeMerger().merge([input(a, "a.xml"), input(c, "c.xml")]) }
        #expect(throws: MergeError.self) { try ProgrammeMerger().merge([input(c, "c.xml"), input(d, "d.xml")]) }
        #expect(throws: MergeError.noInputs) { try ProgrammeMerger().merge([]) }
        let same = try ProgrammeMerger().merge([input(c, "c.xml"), input(c, "c2.xml")])
        #expect(same.programme.framework == custom)
    }

    @Test func frameworksThatDifferOnlyInTheirGuidanceAreRefusedAsSuch() throws {
        let levels = [Level(id: "in", rank: 1), Level(id: "out", rank: 2)]
        let entry = GuidanceEntry(id: "g-1", title: "Visits", summary: "Home visits.", standard: "s", levels: ["in"], phases: [.response])
        let bare = Framework(kind: .custom, name: "fw", levels: levels, standards: [Standard(id: "s", pillar: 3, isStrategy: true, title: "S")])
        let guided = Framework(kind: .custom, name: "fw", levels: levels,
                               standards: [Standard(id: "s", pillar: 3, isStrategy: true, title: "S", guidance: [entry])])
        #expect(guided.withoutGuidance == bare)
        #expect(throws: MergeError.guidanceMismatch(source: "c.xml", framework: "fw", otherSource: "g.xml")) {
            try ProgrammeMerger().merge([input(Programme(id: "c", framework: bare, title: "C"), "c.xml"),
                                         input(Programme(id: "g", framework: guided, title: "G"), "g.xml")])
        }
        #expect(MergeError.guidanceMismatch(source: "c.xml", framework: "fw", otherSource: "g.xml").description
            == "c.xml and g.xml use the same levels and standards of framework fw but give it different guidance entries; the merged file can carry only one set. Give both files the same guidance first.")
    }

    @Test func renamedIdsStayWithinSixtyFourCharacters() throws {
        let long = String(repeating: "p", count: 64)
        let item = String(repeating: "i", count: 64)
        let p = Programme(id: Programme.ID(long), title: "P", interventions: [
            Intervention(id: Intervention.ID(item), title: "x", levels: ["child"], indicators: [Indicator(id: Indicator.ID(item), text: "")]),
            Intervention(id: Intervention.ID(String(item.prefix(62))), title: "y", levels: ["child"], dependsOn: [Intervention.ID(item)]),
        ])
        let r = try ProgrammeMerger().merge([input(p, "1"), input(p, "2"), input(p, "3")])
        #expect(r.programme.problems().isEmpty)
        #expect(r.programme.interventions.count == 6)
        #expect(Set(r.programme.interventions.map(\.id)).count == 6)
        for item in r.programme.interventions { #expect(item.id.isWellFormed, "\(item.id)") }
    }

    @Test(arguments: 0..<25)
    func nothingIsDroppedAndTheJointIsValid(seed: UInt64) throws {
        let inputs = (0..<3).map { k in input(cpmsProgramme(seed: seed * 3 + UInt64(k)), "f\(k).xml") }
        let r = try ProgrammeMerger().merge(inputs)
        #expect(r.programme.interventions.count == inputs.map(\.programme.interventions.count).reduce(0, +))
        #expect(r.programme.problems().isEmpty, "seed \(seed): \(r.programme.problems().map(\.message))")
        let indicators = inputs.flatMap { $0.programme.interventions.flatMap(\.indicators) }
        #expect(r.programme.interventions.flatMap(\.indicators).count == indicators.count)
        // Every agency extension survives.
        for i in inputs { for ag in i.programme.agencies { for e in ag.extensions {
            #expect(r.programme.agencies.contains { $0.extensions.contains(e) })
        } } }
        // The same inputs give the same joint programme.
        #expect(try ProgrammeMerger().merge(inputs) == r)
    }

    @Test(arguments: 0..<25)
    func mergeIsAssociativeInContent(seed: UInt64) throws {
        let (x, y, z) = (input(cpmsProgramme(seed: seed * 7), "x.xml"), input(cpmsProgramme(seed: seed * 7 + 1), "y.xml"),
                         input(cpmsProgramme(seed: seed * 7 + 2), "z.xml"))
        let m = ProgrammeMerger()
        let left = try m.merge([input(try m.merge([x, y]).programme, "xy.xml"), z]).programme
        let right = try m.merge([x, input(try m.merge([y, z]).programme, "yz.xml")]).programme
        let flat = try m.merge([x, y, z]).programme
        #expect(MergeContent(left) == MergeContent(right), "seed \(seed)")
        #expect(MergeContent(left) == MergeContent(flat), "seed \(seed)")
        #expect(left.problems().isEmpty && right.problems().isEmpty)
    }
}

/// What a joint programme holds, independent of order and of the ids merging chose:
/// each intervention by its origin (programme, file, original id) and content, with
/// refs resolved to what they point at; each agency by original id and content.
struct MergeContent: Equatable {
    var interventions: [String]
    var agencies: [String]
    var extensions: [ExtensionMarkup]
    var sources: [MergeSource]

    init(_ p: Programme) {
        func origin(_ o: MergeOrigin?, _ id: String) -> String {
            [o?.programme?.rawValue ?? "", o?.file ?? "", o?.originalID ?? id].joined(separator: "|")
        }
        var agencyKey: [Agency.ID: String] = [:]
        agencies = p.agencies.enumerated().map { i, a in
            let key = "\(a.origin?.originalID ?? a.id.rawValue)|\(a.name)|\(a.type)|\(a.isLocal)"
            agencyKey[a.id] = key
            return key + "|\(a.extensions)|\(String(describing: p.annotations[.agency(i)]))"
        }.sorted()
        var itemKey: [Intervention.ID: String] = [:]
        for item in p.interventions { itemKey[item.id] = origin(item.origin, item.id.rawValue) }
        var markup: [Int: [String]] = [:]
        for (path, annotation) in p.annotations {
            guard let i = path.interventionIndex else { continue }
            markup[i, default: []].append("\(String(reflecting: path.shiftingIntervention(by: -i)))=\(annotation)")
        }
        interventions = p.interventions.enumerated().map { i, item in
            let fields: [String] = [
                itemKey[item.id]!, item.title, item.description ?? "-", "\(item.levels)", "\(item.standards)", "\(item.reaches)",
                "\(String(describing: item.phase))", "\(String(describing: item.status))",
                item.lead.map { agencyKey[$0] ?? "?" } ?? "-", item.partners.map { agencyKey[$0] ?? "?" }.joined(separator: ","),
                item.indicators.map { "\($0.target?.text ?? "")/\(String(describing: $0.unit))/\($0.text)" }.joined(separator: ","),
                item.dependsOn.map { itemKey[$0] ?? "?" }.joined(separator: ","), "\(item.extensions)",
                (markup[i] ?? []).sorted().joined(separator: ";"),
            ]
            return fields.joined(separator: "\u{1}")
        }.sorted()
        extensions = p.extensions
        sources = p.mergeSources
    }
}
