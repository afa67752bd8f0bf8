import Foundation
import SocioEcoModel

/// Turns the node stream of one file into a `Programme`, noting where each element
/// stands so that problems found later can be located.
///
/// Lenient on structure: the XSD reports misplaced or missing elements, and this
/// builder keeps going so that the semantic rules can still report everything else.
final class ProgrammeBuilder {
    private enum TextTarget {
        case title, description, standardTitle, interventionTitle, interventionDescription, indicator
    }

    private enum Frame {
        case programme, context, framework, frameworkLevel, agencies, agency, interventions, intervention
        case interventionChild
        case text(TextTarget)
        case extensionElement
        case ignored
    }

    /// Where an intervention's child element stands, in the order met.
    private struct Mark {
        var ordinal: UInt32
        var kind: UInt8
    }

    private enum MarkKind: UInt8 {
        case intervention, title, description, level, standard, reaches, partner, indicator, dependsOn
    }

    private struct ReaderProblem {
        var ordinal: Int
        var code: String
        var message: String
    }

    /// An element of ours that follows a foreign sibling: always misplaced, since the
    /// extension points come last. libxml2 blames the follower; the fault is the foreign one.
    private struct ExtensionFollower {
        var follower: Int
        var followerName: Substring
        var extensionOrdinal: Int
        var extensionName: QualifiedName
        var parent: String
        /// How many frames were open when the extension closed: its parent's depth.
        var depth: Int
    }

    private let stream: LibXMLStream
    private var stack: [Frame] = []
    private var text = ""

    // The programme as it is being built.
    private var sawRoot = false
    private var id: Programme.ID = ""
    private var frameworkAttribute: String?
    private var revision: Int?
    private var updated: CalendarDate?
    private var title = ""
    private var description: String?
    private var context: Context?
    private var frameworkName: String?
    private var sawFrameworkElement = false
    private var customLevels: [Level] = []
    private var customStandards: [Standard] = []
    private var agencies: [Agency] = []
    private var interventions: [Intervention] = []
    private var extensions: [ExtensionElement] = []
    private var foreignAttributes: [ElementPath: [ForeignAttribute]] = [:]
    private var current = Intervention(id: "", title: "", levels: [])
    private var currentIndicator = Indicator(id: "", text: "")
    private var captures: [ExtensionElement] = []
    private var captureOrdinal = 0
    private var closedExtension: ExtensionFollower?
    private var followers: [ExtensionFollower] = []

    // Where things stand.
    private var fixedOrdinals: [ElementPath: Int] = [:]
    private var marks: [Mark] = []
    private var interventionMarkStart: [Int] = []
    private var problems: [ReaderProblem] = []
    /// Set when the file passed one of `ReaderLimits`: reading stops there, and the
    /// half-read model is not checked further.
    private var limitReached = false
    private var extensionNodes = 0
    private var textPieces = 0

    init(stream: LibXMLStream) {
        self.stream = stream
        for name in FormatName.allCases { stream.intern(name.text, as: name.rawValue) }
    }

    func run() {
        while !limitReached && stream.read() {
            switch stream.kind {
            case .element:
                let empty = stream.isEmptyElement
                let frame = start()
                if empty { finish(frame) } else { stack.append(frame) }
            case .endElement:
                if let frame = stack.popLast() { finish(frame) }
                if let c = closedExtension, c.depth > stack.count { closedExtension = nil }
            case .text, .whitespace:
                switch stack.last {
                case .text?:
                    let piece = stream.value
                    textPieces += 1
                    if text.utf8.count + piece.utf8.count > ReaderLimits.maximumRunLength {
                        limit("a text is longer than \(ReaderLimits.maximumRunLength) bytes, past this tool's limit; a programme file's texts are far shorter")
                    } else if textPieces > ReaderLimits.maximumTextPieces {
                        limit("a text is made of more than \(ReaderLimits.maximumTextPieces) pieces (CDATA sections, or text split by comments), past this tool's limit; write it as plain text")
                    } else {
                        text += piece
                    }
                case .extensionElement?:
                    guard countExtensionNode() else { break }
                    // Text, CDATA sections and text split by a comment are one run of
                    // character data; keeping them as one node makes a written and
                    // re-read model equal to the one read. The run is taken out and
                    // put back so it grows in place: a million pieces cost linear time.
                    let last = captures.count - 1
                    let piece = stream.value
                    if case .text(var before)? = captures[last].children.last {
                        captures[last].children.removeLast()
                        if before.utf8.count + piece.utf8.count > ReaderLimits.maximumRunLength {
                            limit("a text is longer than \(ReaderLimits.maximumRunLength) bytes, past this tool's limit; a programme file's texts are far shorter")
                        }
                        before += piece
                        captures[last].children.append(.text(before))
                    } else {
                        captures[last].children.append(.text(piece))
                    }
                default:
                    break
                }
            case .documentType:
                problems.append(ReaderProblem(ordinal: max(stream.elementOrdinal, 1), code: "doctype",
                    message: "a DOCTYPE is not allowed in a programme file; remove the <!DOCTYPE ...> declaration"))
                return
            case .comment, .processingInstruction, .other:
                break
            }
        }
    }

    // MARK: Elements

    private var inOurNamespace: Bool { stream.namespaceToken == FormatName.namespace.rawValue }

    private func start() -> Frame {
        let ordinal = stream.elementOrdinal
        let parent = stack.last
        if case .extensionElement? = parent { return startExtension() }
        if case .ignored? = parent { return .ignored }
        if case .text? = parent { return .ignored }
        if inOurNamespace, var c = closedExtension, c.depth == stack.count {
            c.follower = ordinal
            c.followerName = Substring(stream.localName)
            followers.append(c)
            closedExtension = nil
        }
        guard inOurNamespace, let token = stream.localNameToken, let name = FormatName(rawValue: token) else {
            if stream.namespaceURI != nil && stream.namespaceURI != ProgrammeXML.namespace {
                switch parent {
                case .agency?, .intervention?, .programme?: return startExtension()
                default: break
                }
            }
            if parent == nil { rootProblem(ordinal) }
            return .ignored
        }
        switch (parent, name) {
        case (nil, .programme):
            sawRoot = true
            fixedOrdinals[.programme] = ordinal
            attributes(path: .programme) { name, value in
                switch name {
                case .id: id = Programme.ID(value)
                case .framework: frameworkAttribute = value
                case .revision: revision = ProgrammeBuilder.integer(value)
                case .updated: updated = date(value)
                default: return false
                }
                return true
            }
            return .programme
        case (nil, _):
            rootProblem(ordinal)
            return .ignored
        case (.programme?, .title):
            fixedOrdinals[.title] = ordinal
            attributes(path: .title) { _, _ in false }
            return beginText(.title)
        case (.programme?, .description):
            fixedOrdinals[.description] = ordinal
            attributes(path: .description) { _, _ in false }
            return beginText(.description)
        case (.programme?, .context):
            fixedOrdinals[.context] = ordinal
            var c = Context()
            attributes(path: .context) { name, value in
                switch name {
                case .crisis: c.crisis = CrisisType(rawValue: value)
                case .location: c.location = value
                case .start: c.start = date(value)
                case .end: c.end = date(value)
                default: return false
                }
                return true
            }
            context = c
            return .context
        case (.programme?, .framework):
            fixedOrdinals[.framework] = ordinal
            sawFrameworkElement = true
            attributes(path: .framework) { name, value in
                guard name == .id else { return false }
                frameworkName = value
                return true
            }
            return .framework
        case (.framework?, .level):
            let path = ElementPath.frameworkLevel(customLevels.count)
            fixedOrdinals[path] = ordinal
            var level = Level(id: "", rank: 0)
            attributes(path: path) { name, value in
                switch name {
                case .id: level.id = Level.ID(value)
                case .rank: level.rank = ProgrammeBuilder.integer(value) ?? 0
                case .label: level.label = value
                default: return false
                }
                return true
            }
            customLevels.append(level)
            return .frameworkLevel
        case (.framework?, .standard):
            let path = ElementPath.frameworkStandard(customStandards.count)
            fixedOrdinals[path] = ordinal
            var standard = Standard(id: "", pillar: 0, isStrategy: false, title: "")
            attributes(path: path) { name, value in
                switch name {
                case .id: standard.id = Standard.ID(value)
                case .pillar: standard.pillar = ProgrammeBuilder.integer(value) ?? 0
                case .strategy: standard.isStrategy = value == "true"
                case .levels: standard.mainLevels = ProgrammeBuilder.tokens(value).map { Level.ID($0) }
                default: return false
                }
                return true
            }
            customStandards.append(standard)
            return beginText(.standardTitle)
        case (.programme?, .agencies):
            fixedOrdinals[.agencies] = ordinal
            attributes(path: .agencies) { _, _ in false }
            return .agencies
        case (.agencies?, .agency):
            let path = ElementPath.agency(agencies.count)
            fixedOrdinals[path] = ordinal
            var agency = Agency(id: "", name: "", type: .other)
            attributes(path: path) { name, value in
                switch name {
                case .id: agency.id = Agency.ID(value)
                case .name: agency.name = value
                case .type: agency.type = AgencyType(rawValue: value) ?? .other
                case .local: agency.local = ProgrammeBuilder.boolean(value)
                default: return false
                }
                return true
            }
            agencies.append(agency)
            return .agency
        case (.programme?, .interventions):
            fixedOrdinals[.interventions] = ordinal
            attributes(path: .interventions) { _, _ in false }
            return .interventions
        case (.interventions?, .intervention):
            if interventions.count >= ReaderLimits.maximumInterventions {
                limit("more than \(ReaderLimits.maximumInterventions) interventions, past this tool's limit; split the programme into smaller files")
                return .ignored
            }
            let index = interventions.count
            interventionMarkStart.append(marks.count)
            mark(.intervention, ordinal)
            current = Intervention(id: "", title: "", levels: [])
            attributes(path: .intervention(index)) { name, value in
                switch name {
                case .id: current.id = Intervention.ID(value)
                case .lead: current.lead = Agency.ID(value)
                case .phase: current.phase = Phase(rawValue: value)
                case .status: current.status = InterventionStatus(rawValue: value)
                default: return false
                }
                return true
            }
            return .intervention
        case (.intervention?, _):
            return startInterventionChild(name, ordinal: ordinal)
        default:
            return .ignored
        }
    }

    private func startInterventionChild(_ name: FormatName, ordinal: Int) -> Frame {
        let i = interventions.count
        switch name {
        case .title:
            mark(.title, ordinal)
            attributes(path: .interventionTitle(i)) { _, _ in false }
            return beginText(.interventionTitle)
        case .description:
            mark(.description, ordinal)
            attributes(path: .interventionDescription(i)) { _, _ in false }
            return beginText(.interventionDescription)
        case .level:
            mark(.level, ordinal)
            if let ref = refAttribute(.ref, path: .interventionLevel(i, current.levels.count)) { current.levels.append(Level.ID(ref)) }
        case .standard:
            mark(.standard, ordinal)
            if let ref = refAttribute(.ref, path: .interventionStandard(i, current.standards.count)) { current.standards.append(Standard.ID(ref)) }
        case .reaches:
            mark(.reaches, ordinal)
            if let group = refAttribute(.group, path: .interventionReaches(i, current.reaches.count)) { current.reaches.append(PopulationGroup(group)) }
        case .partner:
            mark(.partner, ordinal)
            if let ref = refAttribute(.ref, path: .interventionPartner(i, current.partners.count)) { current.partners.append(Agency.ID(ref)) }
        case .dependsOn:
            mark(.dependsOn, ordinal)
            if let ref = refAttribute(.ref, path: .interventionDependsOn(i, current.dependsOn.count)) { current.dependsOn.append(Intervention.ID(ref)) }
        case .indicator:
            mark(.indicator, ordinal)
            var indicator = Indicator(id: "", text: "")
            attributes(path: .interventionIndicator(i, current.indicators.count)) { name, value in
                switch name {
                case .id: indicator.id = Indicator.ID(value)
                case .target: indicator.target = DecimalNumber(value)
                case .unit: indicator.unit = IndicatorUnit(rawValue: value)
                default: return false
                }
                return true
            }
            currentIndicator = indicator
            return beginText(.indicator)
        default:
            return .ignored
        }
        return .interventionChild
    }

    /// Records that the file passed a limit; `run` stops at the next node.
    private func limit(_ message: String) {
        guard !limitReached else { return }
        limitReached = true
        problems.append(ReaderProblem(ordinal: max(stream.elementOrdinal, 1), code: "limit", message: message))
    }

    /// Counts one more node of other namespaces; false, with the limit recorded, past
    /// `ReaderLimits.maximumExtensionNodes`.
    private func countExtensionNode() -> Bool {
        extensionNodes += 1
        guard extensionNodes > ReaderLimits.maximumExtensionNodes else { return true }
        limit("more than \(ReaderLimits.maximumExtensionNodes) elements, texts and attributes of other namespaces, past this tool's limit")
        return false
    }

    private func rootProblem(_ ordinal: Int) {
        let ns = stream.namespaceURI.map { " in namespace '\($0)'" } ?? " in no namespace"
        problems.append(ReaderProblem(ordinal: ordinal, code: "root",
            message: "the root element is <\(stream.localName)>\(ns); a programme file's root element is <programme xmlns=\"\(ProgrammeXML.namespace)\">"))
    }

    private func beginText(_ target: TextTarget) -> Frame {
        text = ""
        textPieces = 0
        return .text(target)
    }

    private func mark(_ kind: MarkKind, _ ordinal: Int) {
        marks.append(Mark(ordinal: UInt32(truncatingIfNeeded: ordinal), kind: kind.rawValue))
    }

    /// Reads the attribute `name` of an empty ref-like element, keeping foreign ones.
    private func refAttribute(_ wanted: FormatName, path: ElementPath) -> String? {
        var result: String?
        attributes(path: path) { name, value in
            guard name == wanted else { return false }
            result = value
            return true
        }
        return result
    }

    /// Walks the current element's attributes: ours go to `handle`, which returns false
    /// for a name it does not know (the XSD reports those); foreign ones are kept.
    private func attributes(path: ElementPath, _ handle: (FormatName, String) -> Bool) {
        var foreign: [ForeignAttribute] = []
        stream.forEachAttribute { attribute in
            if attribute.hasNamespace {
                if attribute.namespaceToken != FormatName.namespace.rawValue, countExtensionNode() {
                    foreign.append(ForeignAttribute(
                        name: QualifiedName(namespaceURI: attribute.namespaceURI, prefix: attribute.prefix, localName: attribute.localName),
                        value: attribute.value))
                }
            } else if let token = attribute.localNameToken, let name = FormatName(rawValue: token) {
                _ = handle(name, attribute.value)
            }
        }
        if !foreign.isEmpty { foreignAttributes[path] = foreign }
    }

    private func startExtension() -> Frame {
        guard countExtensionNode() else { return .ignored }
        var element = ExtensionElement(name: QualifiedName(namespaceURI: stream.namespaceURI, prefix: stream.prefix, localName: stream.localName))
        stream.forEachAttribute { attribute in
            guard countExtensionNode() else { return }
            element.attributes.append(ForeignAttribute(
                name: QualifiedName(namespaceURI: attribute.namespaceURI, prefix: attribute.prefix, localName: attribute.localName),
                value: attribute.value))
        }
        if captures.isEmpty { captureOrdinal = stream.elementOrdinal }
        captures.append(element)
        return .extensionElement
    }

    private func finish(_ frame: Frame) {
        switch frame {
        case .text(let target):
            let value = text
            text = ""
            switch target {
            case .title: title = value
            case .description: description = value
            case .standardTitle: customStandards[customStandards.count - 1].title = value
            case .interventionTitle: current.title = value
            case .interventionDescription: current.description = value
            case .indicator:
                currentIndicator.text = value
                current.indicators.append(currentIndicator)
            }
        case .intervention:
            interventions.append(current)
        case .extensionElement:
            let element = captures.removeLast()
            if !captures.isEmpty {
                captures[captures.count - 1].children.append(.element(element))
                return
            }
            let parentName: String
            switch stack.last {
            case .agency?: parentName = "agency"
            case .intervention?: parentName = "intervention"
            default: parentName = "programme"
            }
            closedExtension = ExtensionFollower(follower: 0, followerName: "", extensionOrdinal: captureOrdinal,
                                                extensionName: element.name, parent: parentName, depth: stack.count)
            switch stack.last {
            case .agency?: agencies[agencies.count - 1].extensions.append(element)
            case .intervention?: current.extensions.append(element)
            case .programme?: extensions.append(element)
            default: break
            }
        default:
            break
        }
    }

    // MARK: Values

    /// `0|[1-9][0-9]{0,8}`; anything else is left to the XSD to report.
    static func integer(_ text: String) -> Int? {
        let u = text.utf8
        guard !u.isEmpty, u.count <= 9, u.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        if u.count > 1 && u.first == 0x30 { return nil }
        return Int(text)
    }

    /// A date the XSD accepts but the format does not: `xs:date` trims surrounding
    /// whitespace, the format wants the ten characters alone.
    private func date(_ text: String) -> CalendarDate? {
        if let d = CalendarDate(text) { return d }
        if CalendarDate(text.trimmingWhitespace()) != nil {
            problems.append(ReaderProblem(ordinal: stream.elementOrdinal, code: "date",
                message: "date '\(text)' has spaces around it; write it as YYYY-MM-DD alone"))
        }
        return nil
    }

    static func boolean(_ text: String) -> Bool? {
        text == "true" ? true : text == "false" ? false : nil
    }

    static func tokens(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).map(String.init)
    }

    // MARK: Result

    /// The model, once the whole file was read (also when it breaks rules).
    var programme: Programme? {
        guard sawRoot, !stream.failed else { return nil }
        let framework: Framework
        if frameworkAttribute == "custom" {
            framework = Framework(kind: .custom, name: frameworkName, levels: customLevels, standards: customStandards)
        } else {
            framework = .cpms2019
        }
        return Programme(
            id: id, framework: framework, declaresFramework: frameworkAttribute != nil, revision: revision,
            updated: updated, title: title, description: description, context: context, agencies: agencies,
            interventions: interventions, extensions: extensions, foreignAttributes: foreignAttributes)
    }

    /// Every problem of the file, each once, in the order they stand in it.
    func diagnostics(file: String, schemaValidated: Bool) -> [Diagnostic] {
        struct Located {
            var ordinal: Int
            var code: String
            var message: String
            var relatedOrdinal: Int?
        }
        var located = problems.map { Located(ordinal: $0.ordinal, code: $0.code, message: $0.message) }
        if !limitReached, let p = programme {
            if frameworkAttribute == "custom" && !sawFrameworkElement {
                located.append(Located(ordinal: fixedOrdinals[.programme] ?? 1, code: "framework-element",
                    message: "framework=\"custom\" needs a <framework> element (after <context>) that declares the levels and standards"))
            } else if frameworkAttribute != "custom" && sawFrameworkElement {
                located.append(Located(ordinal: fixedOrdinals[.framework] ?? 1, code: "framework-element",
                    message: "a <framework> element is allowed only with framework=\"custom\" on <programme>; add that attribute or remove the element"))
            }
            for problem in p.problems() where !(schemaValidated && problem.code.isCheckedBySchema) {
                // A ref that is not a well-formed id breaks the XSD's pattern; that it
                // then resolves to nothing is the same breach, reported once.
                if schemaValidated, let ref = ProgrammeBuilder.reference(at: problem, in: p),
                   !Identifier<Never>.isWellFormed(ref) { continue }
                located.append(Located(ordinal: ordinal(of: problem.path) ?? 1, code: problem.code.rawValue,
                    message: problem.message, relatedOrdinal: problem.related.flatMap(ordinal(of:))))
            }
        }

        // Schema errors: one per line and subject (libxml2 often says one thing twice),
        // identity constraints left to the semantic rules, which name the ids plainly.
        var schemaErrors: [XMLDiagnostic] = []
        var parserErrors: [XMLDiagnostic] = []
        // Past a well-formedness error the validator sees half a document (a cut-off
        // element name, say); what it says there is noise.
        let firstParserLine = stream.diagnostics.first(where: { $0.source == .parser })?.line ?? Int.max
        for d in stream.diagnostics {
            switch d.source {
            case .parser:
                parserErrors.append(d)
            case .schema:
                if d.code == 1877 || d.line >= firstParserLine { continue }
                if d.code == 1845 && problems.contains(where: { $0.code == "root" }) { continue }
                if let last = schemaErrors.last, last.line == d.line,
                   ProgrammeBuilder.subject(of: last.message) == ProgrammeBuilder.subject(of: d.message) { continue }
                schemaErrors.append(d)
            }
        }
        if stream.failed && parserErrors.isEmpty && !problems.contains(where: { $0.code == "doctype" }) {
            parserErrors.append(XMLDiagnostic(source: .parser, line: max(stream.line, 1), column: 0,
                message: "the XML parser stopped here without a reason; the file may be truncated or hold an entity expansion", code: 0))
        }

        let ordinals = Set(located.map(\.ordinal) + located.compactMap(\.relatedOrdinal)
            + followers.flatMap { [$0.follower, $0.extensionOrdinal] })
        let lines = Set(schemaErrors.map(\.line))
        let positions = SourceLocator.locate(path: file, ordinals: ordinals, lines: lines)

        var result: [Diagnostic] = []
        // libxml2 says "Extra content at the end of the document" (code 5) also when
        // the file stops while elements are still open.
        let endsInside = !(sawRoot && stack.isEmpty)
        for d in parserErrors {
            let message = d.code == 5 && endsInside
                ? "the file ends before the document does (the <programme> element is not closed); it may be truncated"
                : ProgrammeBuilder.tidy(d.message)
            result.append(Diagnostic(file: file, line: d.line, column: d.column, code: "xml", message: message))
        }
        for d in schemaErrors {
            let element = SchemaErrorPlacement.elementName(in: d.message)
            var at = SchemaErrorPlacement.position(line: d.line, element: element, tags: positions.lines[d.line])
            var message = ProgrammeBuilder.tidy(d.message)
            if d.message.contains("This element is not expected"),
               let f = followers.first(where: { positions.ordinals[$0.follower]?.line == d.line && $0.followerName == element }),
               let foreign = positions.ordinals[f.extensionOrdinal] {
                at = foreign
                let name = f.extensionName
                message = "element <\(name.prefix.map { $0 + ":" } ?? "")\(name.localName)> of namespace '\(name.namespaceURI ?? "")' stands before <\(f.followerName)>; elements of other namespaces go last in <\(f.parent)>, after the format's own elements"
            }
            result.append(Diagnostic(file: file, line: at.line, column: at.column, code: "schema", message: message))
        }
        for entry in located {
            var message = entry.message
            if let r = entry.relatedOrdinal, let at = positions.ordinals[r] {
                message += " (first declared at line \(at.line), column \(at.column))"
            }
            let at = positions.ordinals[entry.ordinal]
            result.append(Diagnostic(file: file, line: at?.line ?? 1, column: at?.column ?? 0, code: entry.code, message: message))
        }
        var sorted = result.enumerated().sorted {
            ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset)
        }.map(\.element)
        if sorted.count > ReaderLimits.maximumDiagnostics || stream.diagnosticsTruncated {
            sorted.removeLast(max(0, sorted.count - ReaderLimits.maximumDiagnostics))
            let last = sorted.last
            sorted.append(Diagnostic(file: file, line: last?.line ?? 1, column: last?.column ?? 0, code: "limit",
                message: "more problems not listed: this tool lists the first \(ReaderLimits.maximumDiagnostics) and then stops checking the schema; fix these and read the file again"))
        }
        return sorted
    }

    /// The id a reference problem is about, for the codes whose subject is a ref.
    static func reference(at problem: ModelProblem, in p: Programme) -> String? {
        switch (problem.code, problem.path) {
        case (.unresolvedAgency, .intervention(let i)): return p.interventions[i].lead?.rawValue
        case (.unresolvedAgency, .interventionPartner(let i, let k)): return p.interventions[i].partners[k].rawValue
        case (.unresolvedLevel, .interventionLevel(let i, let k)): return p.interventions[i].levels[k].rawValue
        case (.unresolvedStandard, .interventionStandard(let i, let k)): return p.interventions[i].standards[k].rawValue
        case (.unresolvedIntervention, .interventionDependsOn(let i, let k)): return p.interventions[i].dependsOn[k].rawValue
        default: return nil
        }
    }

    /// The start-tag ordinal of the element at `path`.
    private func ordinal(of path: ElementPath) -> Int? {
        guard let i = path.interventionIndex else { return fixedOrdinals[path] }
        guard i < interventionMarkStart.count else { return nil }
        let lower = interventionMarkStart[i]
        let upper = i + 1 < interventionMarkStart.count ? interventionMarkStart[i + 1] : marks.count
        let (kind, k): (MarkKind, Int)
        switch path {
        case .intervention: (kind, k) = (.intervention, 0)
        case .interventionTitle: (kind, k) = (.title, 0)
        case .interventionDescription: (kind, k) = (.description, 0)
        case .interventionLevel(_, let n): (kind, k) = (.level, n)
        case .interventionStandard(_, let n): (kind, k) = (.standard, n)
        case .interventionReaches(_, let n): (kind, k) = (.reaches, n)
        case .interventionPartner(_, let n): (kind, k) = (.partner, n)
        case .interventionIndicator(_, let n): (kind, k) = (.indicator, n)
        case .interventionDependsOn(_, let n): (kind, k) = (.dependsOn, n)
        default: return nil
        }
        var seen = 0
        for m in marks[lower..<upper] where m.kind == kind.rawValue {
            if seen == k { return Int(m.ordinal) }
            seen += 1
        }
        return Int(marks[lower].ordinal)
    }

    /// libxml2 starts schema messages with `Element 'x', attribute 'y':`; two messages
    /// with the same start speak of the same thing.
    static func subject(of message: String) -> Substring {
        guard let colon = message.range(of: "': ") else { return message[...] }
        return message[..<colon.upperBound]
    }

    /// libxml2's wording, made shorter: our namespace left out of names, limits said plainly.
    static func tidy(_ message: String) -> String {
        var m = message.trimmingWhitespace()
        m = m.replacingAll("{\(ProgrammeXML.namespace)}", with: "")
        m = m.replacingAll("##other*", with: "an element of another namespace")
        if m.contains("XML_PARSE_HUGE") || m.contains("Excessive depth") {
            return "elements are nested more than \(ReaderLimits.maximumDepth) deep, past this tool's limit; a programme file needs far fewer levels"
        }
        if m.contains("huge text node") || m.contains("too long") && m.contains("text") {
            return "a text is longer than \(ReaderLimits.maximumTextLength) bytes, past this tool's limit; shorten it"
        }
        if m.hasPrefix("xmlParseCharRef: invalid xmlChar value "), let value = Int(m.dropFirst("xmlParseCharRef: invalid xmlChar value ".count)) {
            let hex = String(value, radix: 16, uppercase: true)
            return "a character reference to U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex), which XML 1.0 does not allow in a document (of the control characters only tab, LF and CR are allowed)"
        }
        if m.hasPrefix("Input is not proper UTF-8") {
            let bytes = m.range(of: "Bytes: ").map { " (bytes " + m[$0.upperBound...] + ")" } ?? ""
            return "the text here is not valid UTF-8\(bytes); save the file as UTF-8"
        }
        if m.contains("Detected an entity reference loop") || m.contains("amplification") {
            return "entity expansion refused (an entity bomb); a programme file uses no entities beyond &amp; &lt; &gt; &quot; &apos;"
        }
        return m
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        return String(scalars[first...last])
    }

    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var out = ""
        var rest = self[...]
        while let r = rest.range(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        out += rest
        return out
    }
}
