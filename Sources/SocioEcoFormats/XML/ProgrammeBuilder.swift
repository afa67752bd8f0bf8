import Foundation
import SocioEcoModel

/// Turns the node stream of one file into a `Programme`, noting where each element
/// stands so that problems found later can be located.
///
/// Lenient on structure: its `StructureChecker` reports misplaced or missing elements,
/// and the builder keeps going so that the semantic rules can still report the rest.
struct ProgrammeBuilder {
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

    private let stream: LibXMLStream
    /// How many start tags have been read: the n-th element of the stream is the n-th
    /// start tag of the file, which lets `SourceLocator` find its column later.
    private var elementOrdinal = 0
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

    // Where things stand, and what is wrong.
    private var ordinals = ElementOrdinals()
    private var checker = StructureChecker()
    private var problems: [ReadDiagnostics.ReaderProblem] = []
    /// Set when the file passed one of `ReaderLimits`: reading stops there, and the
    /// half-read model is not checked further.
    private var limitReached = false
    private var extensionNodes = 0
    private var textPieces = 0

    init(stream: LibXMLStream) {
        self.stream = stream
        for name in FormatName.allCases { stream.intern(name.text, as: name.rawValue) }
    }

    mutating func run() {
        while !limitReached, let kind = stream.read() {
            switch kind {
            case .element:
                elementOrdinal += 1
                let empty = stream.isEmptyElement
                let frame = start()
                checker.endAttributes()
                if empty {
                    finish(frame)
                    checker.endElement()
                } else {
                    stack.append(frame)
                }
            case .endElement:
                if let frame = stack.popLast() { finish(frame) }
                checker.endElement()
            case .text, .cdata, .whitespace:
                characters(kind)
            case .documentType:
                problems.append(ReadDiagnostics.ReaderProblem(ordinal: max(elementOrdinal, 1), code: "doctype",
                    message: "a DOCTYPE is not allowed in a programme file; remove the <!DOCTYPE ...> declaration"))
                return
            case .comment, .processingInstruction, .other:
                break
            }
        }
    }

    private mutating func characters(_ kind: LibXMLStream.NodeKind) {
        var value: String?
        switch stack.last {
        case .text?:
            let v = stream.value
            textPieces += 1
            if text.utf8.count + v.utf8.count > ReaderLimits.maximumRunLength {
                limit("a text is longer than \(ReaderLimits.maximumRunLength) bytes, past this tool's limit; a programme file's texts are far shorter")
            } else if textPieces > ReaderLimits.maximumTextPieces {
                limit("a text is made of more than \(ReaderLimits.maximumTextPieces) pieces (CDATA sections, or text split by comments), past this tool's limit; write it as plain text")
            } else if text.isEmpty {
                // One text node is the rule: take its string rather than copy it into `text`.
                text = v
            } else {
                text += v
            }
            value = v
        case .extensionElement?:
            guard countExtensionNode() else { return }
            // Text, CDATA sections and text split by a comment are one run of character
            // data; keeping them as one node makes a written and re-read model equal to
            // the one read. The run is taken out and put back so it grows in place: a
            // million pieces cost linear time, not quadratic.
            let last = captures.count - 1
            let piece = stream.value
            value = piece
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
        let stream = self.stream
        checker.characters(whitespace: kind == .whitespace ? true : nil, isCDATA: kind == .cdata, value: { value ?? stream.value })
    }

    // MARK: Elements

    private mutating func start() -> Frame {
        let ordinal = elementOrdinal
        let space: StructureChecker.Space
        if !stream.hasNamespace {
            space = .none
        } else if stream.namespaceToken == FormatName.namespace.rawValue {
            space = .ours
        } else {
            space = .other
        }
        let token = space == .ours ? stream.localNameToken.flatMap(FormatName.init(rawValue:)) : nil
        let stream = self.stream
        checker.startElement(token, space: space, ordinal: ordinal, written: { ProgrammeBuilder.writtenName(stream) })
        let parent = stack.last
        if case .extensionElement? = parent { return startExtension() }
        if case .ignored? = parent { return .ignored }
        if case .text? = parent { return .ignored }
        guard let name = token else {
            if space == .other {
                switch parent {
                case .agency?, .intervention?, .programme?: return startExtension()
                default: break
                }
            }
            return .ignored
        }
        switch (parent, name) {
        case (nil, .programme):
            sawRoot = true
            ordinals.note(.programme, ordinal)
            var root: (id: Programme.ID, framework: String?, revision: Int?, updated: CalendarDate?) = ("", nil, nil, nil)
            attributes(path: .programme) { name, value in
                switch name {
                case .id: root.id = Programme.ID(value)
                case .framework: root.framework = value
                case .revision: root.revision = ProgrammeBuilder.integer(value)
                case .updated: root.updated = CalendarDate(value)
                default: return false
                }
                return true
            }
            (id, frameworkAttribute, revision, updated) = root
            return .programme
        case (.programme?, .title):
            ordinals.note(.title, ordinal)
            attributes(path: .title) { _, _ in false }
            return beginText(.title)
        case (.programme?, .description):
            ordinals.note(.description, ordinal)
            attributes(path: .description) { _, _ in false }
            return beginText(.description)
        case (.programme?, .context):
            ordinals.note(.context, ordinal)
            var c = Context()
            attributes(path: .context) { name, value in
                switch name {
                case .crisis: c.crisis = CrisisType(rawValue: value)
                case .location: c.location = value
                case .start: c.start = CalendarDate(value)
                case .end: c.end = CalendarDate(value)
                default: return false
                }
                return true
            }
            context = c
            return .context
        case (.programme?, .framework):
            ordinals.note(.framework, ordinal)
            sawFrameworkElement = true
            var name: String?
            attributes(path: .framework) { attribute, value in
                guard attribute == .id else { return false }
                name = value
                return true
            }
            frameworkName = name
            return .framework
        case (.framework?, .level):
            let path = ElementPath.frameworkLevel(customLevels.count)
            ordinals.note(path, ordinal)
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
            ordinals.note(path, ordinal)
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
            ordinals.note(.agencies, ordinal)
            attributes(path: .agencies) { _, _ in false }
            return .agencies
        case (.agencies?, .agency):
            let path = ElementPath.agency(agencies.count)
            ordinals.note(path, ordinal)
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
            ordinals.note(.interventions, ordinal)
            attributes(path: .interventions) { _, _ in false }
            return .interventions
        case (.interventions?, .intervention):
            if interventions.count >= ReaderLimits.maximumInterventions {
                limit("more than \(ReaderLimits.maximumInterventions) interventions, past this tool's limit; split the programme into smaller files")
                return .ignored
            }
            let index = interventions.count
            ordinals.noteIntervention(ordinal)
            var item = Intervention(id: "", title: "", levels: [])
            attributes(path: .intervention(index)) { name, value in
                switch name {
                case .id: item.id = Intervention.ID(value)
                case .lead: item.lead = Agency.ID(value)
                case .phase: item.phase = Phase(rawValue: value)
                case .status: item.status = InterventionStatus(rawValue: value)
                default: return false
                }
                return true
            }
            current = item
            return .intervention
        case (.intervention?, _):
            return startInterventionChild(name, ordinal: ordinal)
        default:
            return .ignored
        }
    }

    private mutating func startInterventionChild(_ name: FormatName, ordinal: Int) -> Frame {
        let i = interventions.count
        switch name {
        case .title:
            ordinals.mark(.title, ordinal)
            attributes(path: .interventionTitle(i)) { _, _ in false }
            return beginText(.interventionTitle)
        case .description:
            ordinals.mark(.description, ordinal)
            attributes(path: .interventionDescription(i)) { _, _ in false }
            return beginText(.interventionDescription)
        case .level:
            ordinals.mark(.level, ordinal)
            if let ref = refAttribute(.ref, path: .interventionLevel(i, current.levels.count)) { current.levels.append(Level.ID(ref)) }
        case .standard:
            ordinals.mark(.standard, ordinal)
            if let ref = refAttribute(.ref, path: .interventionStandard(i, current.standards.count)) { current.standards.append(Standard.ID(ref)) }
        case .reaches:
            ordinals.mark(.reaches, ordinal)
            if let group = refAttribute(.group, path: .interventionReaches(i, current.reaches.count)) { current.reaches.append(PopulationGroup(group)) }
        case .partner:
            ordinals.mark(.partner, ordinal)
            if let ref = refAttribute(.ref, path: .interventionPartner(i, current.partners.count)) { current.partners.append(Agency.ID(ref)) }
        case .dependsOn:
            ordinals.mark(.dependsOn, ordinal)
            if let ref = refAttribute(.ref, path: .interventionDependsOn(i, current.dependsOn.count)) { current.dependsOn.append(Intervention.ID(ref)) }
        case .indicator:
            ordinals.mark(.indicator, ordinal)
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

    private static func writtenName(_ stream: LibXMLStream) -> StructureChecker.WrittenName {
        StructureChecker.WrittenName(prefix: stream.prefix, localName: stream.localName, namespaceURI: stream.namespaceURI)
    }

    private mutating func beginText(_ target: TextTarget) -> Frame {
        text = ""
        textPieces = 0
        return .text(target)
    }

    /// Reads the attribute `name` of an empty ref-like element, keeping foreign ones.
    private mutating func refAttribute(_ wanted: FormatName, path: ElementPath) -> String? {
        var result: String?
        attributes(path: path) { name, value in
            guard name == wanted else { return false }
            result = value
            return true
        }
        return result
    }

    /// Walks the current element's attributes: the checker sees them all, ours go to
    /// `handle`, which returns false for a name it does not know (the checker reports
    /// those), and foreign ones are kept.
    private mutating func attributes(path: ElementPath, _ handle: (FormatName, String) -> Bool) {
        var foreign: [ForeignAttribute] = []
        stream.forEachAttribute { attribute in
            if attribute.hasNamespace {
                let name = QualifiedName(namespaceURI: attribute.namespaceURI, prefix: attribute.prefix, localName: attribute.localName)
                if attribute.namespaceToken == FormatName.namespace.rawValue {
                    checker.attributeInOurNamespace(StructureChecker.WrittenName(prefix: name.prefix, localName: name.localName, namespaceURI: name.namespaceURI))
                } else if countExtensionNode() {
                    foreign.append(ForeignAttribute(name: name, value: attribute.value))
                }
            } else {
                let name = attribute.localNameToken.flatMap(FormatName.init(rawValue:))
                let value = attribute.value
                checker.attribute(name, localName: { attribute.localName }, value: value)
                if let name { _ = handle(name, value) }
            }
        }
        if !foreign.isEmpty { foreignAttributes[path] = foreign }
    }

    private mutating func startExtension() -> Frame {
        guard countExtensionNode() else { return .ignored }
        var element = ExtensionElement(name: QualifiedName(namespaceURI: stream.namespaceURI, prefix: stream.prefix, localName: stream.localName))
        var count = 0
        stream.forEachAttribute { attribute in
            count += 1
            element.attributes.append(ForeignAttribute(
                name: QualifiedName(namespaceURI: attribute.namespaceURI, prefix: attribute.prefix, localName: attribute.localName),
                value: attribute.value))
        }
        extensionNodes += count
        if extensionNodes > ReaderLimits.maximumExtensionNodes { _ = countExtensionNode() }
        captures.append(element)
        return .extensionElement
    }

    /// Records that the file passed a limit; `run` stops at the next node.
    private mutating func limit(_ message: String) {
        guard !limitReached else { return }
        limitReached = true
        problems.append(ReadDiagnostics.ReaderProblem(ordinal: max(elementOrdinal, 1), code: "limit", message: message))
    }

    /// Counts one more node of other namespaces; false, with the limit recorded, past
    /// `ReaderLimits.maximumExtensionNodes`.
    private mutating func countExtensionNode() -> Bool {
        extensionNodes += 1
        guard extensionNodes > ReaderLimits.maximumExtensionNodes else { return true }
        limit("more than \(ReaderLimits.maximumExtensionNodes) elements, texts and attributes of other namespaces, past this tool's limit")
        return false
    }

    private mutating func finish(_ frame: Frame) {
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

    /// `0|[1-9][0-9]{0,8}`; anything else is left to the structure checker to report.
    static func integer(_ text: String) -> Int? {
        let u = text.utf8
        guard !u.isEmpty, u.count <= 9, u.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        if u.count > 1 && u.first == 0x30 { return nil }
        return Int(text)
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
    func diagnostics(file: String, source: SourceBytes) -> [Diagnostic] {
        let programme = self.programme
        var found = problems + checker.problems.map {
            ReadDiagnostics.ReaderProblem(ordinal: $0.ordinal, code: $0.code, message: $0.message)
        }
        if programme != nil && !limitReached {
            if frameworkAttribute == "custom" && !sawFrameworkElement {
                found.append(ReadDiagnostics.ReaderProblem(ordinal: ordinals.ordinal(of: .programme) ?? 1, code: "framework-element",
                    message: "framework=\"custom\" needs a <framework> element (after <context>) that declares the levels and standards"))
            } else if frameworkAttribute != "custom" && sawFrameworkElement {
                found.append(ReadDiagnostics.ReaderProblem(ordinal: ordinals.ordinal(of: .framework) ?? 1, code: "framework-element",
                    message: "a <framework> element is allowed only with framework=\"custom\" on <programme>; add that attribute or remove the element"))
            }
        }
        return ReadDiagnostics(
            file: file, source: source, programme: limitReached ? nil : programme, readerProblems: found, structureFailed: !checker.problems.isEmpty,
            xml: stream.diagnostics, streamFailed: stream.failed, streamLine: stream.line,
            endsInside: !(sawRoot && stack.isEmpty) && !limitReached, ordinals: ordinals,
            truncated: stream.diagnosticsTruncated || checker.truncated
        ).assemble()
    }
}
