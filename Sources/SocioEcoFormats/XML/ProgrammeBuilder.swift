import Foundation
import SocioEcoModel

/// Turns the node stream of one file into a `Programme`, noting where each element
/// stands so that problems found later can be located.
///
/// Lenient on structure: its `StructureChecker` reports misplaced or missing elements,
/// and the builder keeps going so that the semantic rules can still report the rest.
///
/// This file walks the stream; the format's elements are built in `+Elements` and
/// `+Interventions`, their attributes read in `+Attributes`, markup of other
/// namespaces captured in `+Extensions`, and the result assembled in `+Result`.
struct ProgrammeBuilder {
    enum TextTarget {
        case title, description, standardTitle, guidanceSummary, interventionTitle, interventionDescription, indicator
    }

    enum Frame {
        case programme, context, framework, frameworkLevel, frameworkStandard, agencies, agency, places, place, interventions, intervention
        case interventionChild
        case text(TextTarget)
        case extensionElement
        case ignored
    }

    let stream: LibXMLReadAhead
    /// How many start tags have been read: the n-th element of the stream is the n-th
    /// start tag of the file, which lets `SourceLocator` find its column later.
    var elementOrdinal = 0
    var stack: [Frame] = []
    var text = ""

    // The programme as it is being built.
    var sawRoot = false
    var id: Programme.ID = ""
    var frameworkAttribute: String?
    var revision: Int?
    var updated: CalendarDate?
    var title = ""
    var description: String?
    var context: Context?
    var frameworkName: String?
    var sawFrameworkElement = false
    var customLevels: [Level] = []
    var customStandards: [Standard] = []
    var agencies: [Agency] = []
    var places: [Place] = []
    var interventions: [Intervention] = []
    var extensions: [ExtensionMarkup] = []
    var mergeSources: [MergeSource] = []
    var annotations: [ElementPath: ExtensionMarkup] = [:]
    var current = Intervention(id: "", title: "", levels: [])
    var currentIndicator = Indicator(id: "", text: "")
    var currentGuidance = GuidanceEntry(id: "", title: "", summary: "", standard: "", levels: [], phases: [])
    /// The extension elements open around the current node, outermost first.
    var captures: [ExtensionElement] = []

    // Where things stand, and what is wrong.
    var ordinals = ElementOrdinals()
    var checker = StructureChecker()
    var problems: [ReadDiagnostics.ReaderProblem] = []
    /// Set when the file passed one of `ReaderLimits`: reading stops there, and the
    /// half-read model is not checked further.
    var limitReached = false
    var extensionNodes = 0
    var textPieces = 0

    init(stream: LibXMLReadAhead) {
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

    mutating func characters(_ kind: LibXMLStream.NodeKind) {
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
            let piece = stream.value
            value = piece
            captureText(piece)
        default:
            break
        }
        let stream = self.stream
        checker.characters(whitespace: kind == .whitespace ? true : nil, isCDATA: kind == .cdata, value: { value ?? stream.value })
    }

    mutating func finish(_ frame: Frame) {
        switch frame {
        case .text(let target):
            let value = text
            text = ""
            switch target {
            case .title: title = value
            case .description: description = value
            case .standardTitle: customStandards[customStandards.count - 1].title = value
            case .guidanceSummary:
                currentGuidance.summary = value
                customStandards[customStandards.count - 1].guidance.append(currentGuidance)
            case .interventionTitle: current.title = value
            case .interventionDescription: current.description = value
            case .indicator:
                currentIndicator.text = value
                current.indicators.append(currentIndicator)
            }
        case .intervention:
            // Moved out, not copied: a copy retains each of its strings and lists once
            // more, and the next intervention's start releases them all again.
            var done = Intervention(id: "", title: "", levels: [])
            swap(&done, &current)
            interventions.append(done)
        case .extensionElement:
            finishExtension()
        default:
            break
        }
    }
}
