import Dispatch
import SocioEcoModel

/// Writes a programme in the canonical form of the exchange format: UTF-8, an XML
/// declaration, two-space indentation, LF line ends, attributes in the order the
/// format lists them and then foreign ones in the order read, no defaults added.
/// Writing the same model twice gives the same bytes.
///
/// Element and attribute names, and the order of each element's attributes, come from
/// `FormatVocabulary`, the table the reader checks files against.
public struct ProgrammeWriter: OutputEncoder {
    /// Nothing to choose yet: the canonical form is one form.
    public typealias Options = FixedForm

    public init(options: Options = Options()) {}

    /// The canonical document for `programme`.
    public func encode(_ programme: Programme) -> String {
        String(decoding: encodeUTF8(programme), as: UTF8.self)
    }

    /// The same document as its UTF-8 bytes, for a file: the bytes are written as they
    /// are made, where a `String` would check a large document's UTF-8 once more and be
    /// copied back to bytes to be written.
    public func encodeUTF8(_ programme: Programme) -> [UInt8] {
        var state = WriterState(programme: programme)
        state.writeProgramme()
        return state.xml.bytes
    }
}

private struct WriterState {
    let programme: Programme
    var xml: XMLWriter
    /// Prefix for every namespace that foreign attributes or prefixed extension elements
    /// use, declared once on the root.
    var prefixes: [String: String] = [:]
    var declarations: [(String, String)] = []

    init(programme: Programme) {
        self.programme = programme
        // About 450 bytes an intervention in practice; one allocation instead of many.
        xml = XMLWriter(capacity: 4096 + programme.interventions.count * 512)
        collectNamespaces()
    }

    mutating func collectNamespaces() {
        var taken: Set<String> = ["xml", "xmlns"]
        func note(_ name: QualifiedName, needsPrefix: Bool) {
            guard let uri = name.namespaceURI, uri != ProgrammeXML.xmlNamespace, prefixes[uri] == nil else { return }
            guard needsPrefix || name.prefix != nil else { return }
            var prefix = name.prefix ?? "ns"
            if taken.contains(prefix) || !Identifier<Never>.isWellFormed(prefix) || prefix.contains(".") {
                var n = 1
                while taken.contains("ns\(n)") { n += 1 }
                prefix = "ns\(n)"
            }
            taken.insert(prefix)
            prefixes[uri] = prefix
            declarations.append(("xmlns:" + prefix, uri))
        }
        func walk(_ element: ExtensionElement) {
            note(element.name, needsPrefix: false)
            for a in element.attributes { note(a.name, needsPrefix: true) }
            for case .element(let child) in element.children { walk(child) }
        }
        func walk(_ markup: [ExtensionMarkup]) {
            for case let element? in markup.map(\.element) { walk(element) }
        }
        // Origin attributes follow an element's foreign attributes, so the origin
        // namespace is declared where the first of them is met in document order.
        let written: (MergeOrigin?) -> Bool = { $0.map { !$0.isEmpty } ?? false }
        let firstOrigin = programme.agencies.firstIndex { written($0.origin) }.map(ElementPath.agency)
            ?? programme.interventions.firstIndex { written($0.origin) }.map(ElementPath.intervention)
        let origin = MergeOriginXML.name(.programme)
        for path in programme.annotations.keys.sorted() {
            if let first = firstOrigin, first < path { note(origin, needsPrefix: true) }
            for a in programme.foreignAttributes(at: path) { note(a.name, needsPrefix: true) }
        }
        if firstOrigin != nil { note(origin, needsPrefix: true) }
        for agency in programme.agencies { walk(agency.extensions) }
        for place in programme.places { walk(place.extensions) }
        for item in programme.interventions { walk(item.extensions) }
        walk(programme.extensions)
        if !programme.mergeSources.isEmpty { note(MergeOriginXML.sourceElement, needsPrefix: true) }
    }

    func qualified(_ name: QualifiedName) -> String {
        guard let uri = name.namespaceURI else { return name.localName }
        if uri == ProgrammeXML.xmlNamespace { return "xml:" + name.localName }
        return (prefixes[uri] ?? "ns") + ":" + name.localName
    }

    /// The attributes of an element of type `kind`: the format's own in the vocabulary's
    /// order, then the foreign ones, then the merge origin's. `ours` gives a value, or nil
    /// to leave it out, for exactly the attributes the vocabulary lists for `kind`, in any
    /// order.
    func attributes(_ kind: ElementRule.Kind, _ ours: KeyValuePairs<FormatName, String?> = [:],
                    at path: ElementPath, origin: MergeOrigin? = nil) -> [(String, String)] {
        var result = FormatVocabulary.ordered(ours, for: kind)
        for a in programme.foreignAttributes(at: path) { result.append((qualified(a.name), a.value)) }
        if let origin {
            for (name, value) in MergeOriginXML.attributes(of: origin) {
                result.append((qualified(MergeOriginXML.name(name)), value))
            }
        }
        return result
    }

    mutating func writeProgramme() {
        let p = programme
        var rootAttributes: [(String, String)] = [("xmlns", ProgrammeXML.namespace)] + declarations
        rootAttributes += attributes(.programme, [
            .id: p.id.rawValue,
            .framework: p.declaresFramework ? p.framework.kind.rawValue : nil,
            .revision: p.revision.map(String.init),
            .updated: p.updated?.description,
        ], at: .programme)
        xml.open(FormatName.programme.text, rootAttributes)
        xml.text(FormatName.title.text, attributes(.title, at: .title), p.title)
        if let d = p.description { xml.text(FormatName.description.text, attributes(.text, at: .description), d) }
        if let c = p.context {
            xml.empty(FormatName.context.text, attributes(.context, [
                .crisis: c.crisis?.rawValue, .location: c.location,
                .start: c.start?.description, .end: c.end?.description,
            ], at: .context))
        }
        if p.framework.kind == .custom { writeFramework(p.framework) }
        if !p.agencies.isEmpty {
            xml.open(FormatName.agencies.text, attributes(.agencies, at: .agencies))
            for (i, agency) in p.agencies.enumerated() { writeAgency(agency, index: i) }
            xml.close(FormatName.agencies.text)
        }
        if !p.places.isEmpty {
            xml.open(FormatName.places.text, attributes(.places, at: .places))
            for (i, place) in p.places.enumerated() { writePlace(place, index: i) }
            xml.close(FormatName.places.text)
        }
        let interventionsAttributes = attributes(.interventions, at: .interventions)
        if p.interventions.isEmpty {
            xml.empty(FormatName.interventions.text, interventionsAttributes)
        } else {
            xml.open(FormatName.interventions.text, interventionsAttributes)
            writeInterventions()
            xml.close(FormatName.interventions.text)
        }
        for e in p.extensions { writeExtension(e) }
        for source in p.mergeSources { writeExtension(MergeOriginXML.element(for: source)) }
        xml.close(FormatName.programme.text)
    }

    /// The interventions, the bulk of a large programme: its second half written on the
    /// other core while this one writes the first, then added after it, so the bytes are
    /// the same as written in one run.
    mutating func writeInterventions() {
        let items = programme.interventions
        guard items.count >= RuleRunner.parallelFrom else {
            for (i, item) in items.enumerated() { writeIntervention(item, index: i) }
            return
        }
        let half = items.count / 2
        var second = self
        second.xml = XMLWriter.fragment(capacity: (items.count - half) * 512, depth: xml.openElements)
        withUnsafeMutablePointer(to: &self) { first in
            withUnsafeMutablePointer(to: &second) { rest in
                // Each half is written by one thread into its own writer only.
                nonisolated(unsafe) let states = (first, rest)
                DispatchQueue.concurrentPerform(iterations: 2) { k in
                    let (state, range) = k == 0 ? (states.0, 0..<half) : (states.1, half..<items.count)
                    for i in range { state.pointee.writeIntervention(items[i], index: i) }
                }
            }
        }
        xml.append(second.xml)
    }

    mutating func writeFramework(_ fw: Framework) {
        xml.open(FormatName.framework.text, attributes(.framework, [.id: fw.name], at: .framework))
        for (i, level) in fw.levels.enumerated() {
            xml.empty(FormatName.level.text, attributes(.frameworkLevel, [
                .id: level.id.rawValue, .rank: String(level.rank), .label: level.label,
            ], at: .frameworkLevel(i)))
        }
        for (i, s) in fw.standards.enumerated() {
            // The title goes in its attribute only when guidance entries take the content,
            // so that a standard without guidance is written as it always was.
            let titled = !s.guidance.isEmpty
            let attrs = attributes(.frameworkStandard, [
                .id: s.id.rawValue, .pillar: String(s.pillar), .strategy: s.isStrategy ? "true" : "false",
                .levels: s.mainLevels.isEmpty ? nil : s.mainLevels.map(\.rawValue).joined(separator: " "),
                .approach: s.isApproach ? "true" : nil,
                .title: titled ? s.title : nil,
            ], at: .frameworkStandard(i))
            guard titled else {
                xml.text(FormatName.standard.text, attrs, s.title)
                continue
            }
            xml.open(FormatName.standard.text, attrs)
            for (k, entry) in s.guidance.enumerated() {
                xml.text(FormatName.guidance.text, attributes(.guidance, [
                    .id: entry.id.rawValue, .title: entry.title,
                    .levels: entry.levels.map(\.rawValue).joined(separator: " "),
                    .phases: entry.phases.map(\.rawValue).joined(separator: " "),
                ], at: .frameworkGuidance(i, k)), entry.summary)
            }
            xml.close(FormatName.standard.text)
        }
        xml.close(FormatName.framework.text)
    }

    mutating func writeAgency(_ a: Agency, index: Int) {
        let attrs = attributes(.agency, [
            .id: a.id.rawValue, .name: a.name, .type: a.type.rawValue, .local: a.local.map { $0 ? "true" : "false" },
        ], at: .agency(index), origin: a.origin)
        if a.extensions.isEmpty {
            xml.empty(FormatName.agency.text, attrs)
        } else {
            xml.open(FormatName.agency.text, attrs)
            for e in a.extensions { writeExtension(e) }
            xml.close(FormatName.agency.text)
        }
    }

    mutating func writePlace(_ place: Place, index: Int) {
        let attrs = attributes(.place, [
            .id: place.id.rawValue, .name: place.name, .pcode: place.pcode,
            .adminLevel: place.adminLevel.map(String.init), .parent: place.parent?.rawValue,
        ], at: .place(index))
        if place.extensions.isEmpty {
            xml.empty(FormatName.place.text, attrs)
        } else {
            xml.open(FormatName.place.text, attrs)
            for e in place.extensions { writeExtension(e) }
            xml.close(FormatName.place.text)
        }
    }

    mutating func writeIntervention(_ item: Intervention, index i: Int) {
        xml.open(FormatName.intervention.text, attributes(.intervention, [
            .id: item.id.rawValue, .lead: item.lead?.rawValue, .phase: item.phase?.rawValue, .status: item.status?.rawValue,
            .start: item.start?.description, .end: item.end?.description,
        ], at: .intervention(i), origin: item.origin))
        xml.text(FormatName.title.text, attributes(.title, at: .interventionTitle(i)), item.title)
        if let d = item.description { xml.text(FormatName.description.text, attributes(.text, at: .interventionDescription(i)), d) }
        for (k, ref) in item.levels.enumerated() { xml.empty(FormatName.level.text, attributes(.ref, [.ref: ref.rawValue], at: .interventionLevel(i, k))) }
        for (k, ref) in item.standards.enumerated() { xml.empty(FormatName.standard.text, attributes(.ref, [.ref: ref.rawValue], at: .interventionStandard(i, k))) }
        for (k, g) in item.reaches.enumerated() { xml.empty(FormatName.reaches.text, attributes(.reaches, [.group: g.rawValue], at: .interventionReaches(i, k))) }
        for (k, ref) in item.partners.enumerated() { xml.empty(FormatName.partner.text, attributes(.ref, [.ref: ref.rawValue], at: .interventionPartner(i, k))) }
        for (k, ref) in item.places.enumerated() { xml.empty(FormatName.place.text, attributes(.ref, [.ref: ref.rawValue], at: .interventionPlace(i, k))) }
        for (k, ind) in item.indicators.enumerated() {
            xml.text(FormatName.indicator.text, attributes(.indicator, [
                .id: ind.id.rawValue, .target: ind.target?.text, .unit: ind.unit?.rawValue,
            ], at: .interventionIndicator(i, k)), ind.text)
        }
        for (k, ref) in item.dependsOn.enumerated() { xml.empty(FormatName.dependsOn.text, attributes(.ref, [.ref: ref.rawValue], at: .interventionDependsOn(i, k))) }
        for e in item.extensions { writeExtension(e) }
        xml.close(FormatName.intervention.text)
    }

    /// Extension markup that came from XML; content of another kind has no form
    /// in this format and is left out.
    mutating func writeExtension(_ markup: ExtensionMarkup) {
        if let element = markup.element { writeExtension(element) }
    }

    /// An extension subtree on one line, its character data exactly as read: adding
    /// indentation inside it would change its content.
    mutating func writeExtension(_ element: ExtensionElement) {
        var out = ""
        serialize(element, defaultNamespace: ProgrammeXML.namespace, into: &out)
        xml.raw(out)
    }

    func serialize(_ e: ExtensionElement, defaultNamespace: String?, into out: inout String) {
        var inScope = defaultNamespace
        var tag: String
        var declaration = ""
        if e.name.namespaceURI == ProgrammeXML.xmlNamespace {
            // The xml namespace is bound to its prefix in every document and may be
            // bound to no other name, the default namespace included.
            tag = "xml:" + e.name.localName
        } else if e.name.prefix != nil, let uri = e.name.namespaceURI, let prefix = prefixes[uri] {
            tag = prefix + ":" + e.name.localName
        } else {
            tag = e.name.localName
            if e.name.namespaceURI != defaultNamespace {
                declaration = " xmlns=\"" + XMLEscaping.attribute(e.name.namespaceURI ?? "") + "\""
                inScope = e.name.namespaceURI
            }
        }
        out += "<" + tag + declaration
        for a in e.attributes {
            out += " " + qualified(a.name) + "=\"" + XMLEscaping.attribute(a.value) + "\""
        }
        if e.children.isEmpty {
            out += "/>"
            return
        }
        out += ">"
        for child in e.children {
            switch child {
            case .text(let t): out += XMLEscaping.text(t)
            case .element(let c): serialize(c, defaultNamespace: inScope, into: &out)
            }
        }
        out += "</" + tag + ">"
    }
}
