import SocioEcoModel

/// Puts together every problem of one file read, each once, located and in the order
/// they stand in the file: libxml2's parser errors, the structure checker's findings,
/// libxml2's XSD errors where the checker found nothing, and the semantic rules.
struct ReadDiagnostics {
    /// A problem at a start tag, known by its ordinal.
    struct ReaderProblem {
        var ordinal: Int
        var code: String
        var message: String
    }

    var file: String
    /// The bytes read, to find columns in after the fact.
    var source: SourceBytes
    /// The model, when the file was read to its end.
    var programme: Programme?
    /// Problems found while reading (structure, DOCTYPE, the framework element).
    var readerProblems: [ReaderProblem]
    /// Whether the structure checker found anything; the XSD's errors then say it again.
    var structureFailed: Bool
    var xml: [XMLDiagnostic]
    var streamFailed: Bool
    var streamLine: Int
    /// Whether the document ended with elements still open.
    var endsInside: Bool
    var ordinals: ElementOrdinals
    /// Whether the stream left errors out past `ReaderLimits.maximumDiagnostics`.
    var truncated = false

    func assemble() -> [Diagnostic] {
        struct Located {
            var ordinal: Int
            var code: String
            var message: String
            var relatedOrdinal: Int?
            var relatedWording = "first declared at"
        }
        var located = readerProblems.map { Located(ordinal: $0.ordinal, code: $0.code, message: $0.message) }
        if let p = programme {
            // The structure checker covers what the XSD says; these codes are its echo.
            for problem in p.problems(includingShapeRules: false) {
                // A ref that is not a well-formed id breaks the XSD's pattern; that it
                // then resolves to nothing is the same breach, reported once.
                if let ref = ReadDiagnostics.reference(at: problem, in: p), !Identifier<Never>.isWellFormed(ref) { continue }
                located.append(Located(ordinal: ordinals.ordinal(of: problem.path) ?? 1, code: problem.code.rawValue,
                    message: problem.messageForXML, relatedOrdinal: problem.related.flatMap(ordinals.ordinal(of:)),
                    relatedWording: problem.relatedWording))
            }
        }

        // Schema errors: one per line and subject (libxml2 often says one thing twice),
        // identity constraints left to the semantic rules, which name the ids plainly.
        var schemaErrors: [XMLDiagnostic] = []
        var parserErrors: [XMLDiagnostic] = []
        // Past a well-formedness error the validator sees half a document (a cut-off
        // element name, say); what it says there is noise.
        let firstParserLine = xml.first(where: { $0.source == .parser })?.line ?? Int.max
        for d in xml {
            switch d.source {
            case .parser:
                // libxml2 follows a fatal error with the errors it causes at the same
                // place ("AttValue: ' expected", "attributes construct error", ...);
                // the first says what is wrong.
                if let last = parserErrors.last, last.line == d.line, last.column == d.column { continue }
                parserErrors.append(d)
            case .schema:
                if structureFailed || d.kind == .identityConstraint || d.line >= firstParserLine { continue }
                if let last = schemaErrors.last, last.line == d.line, last.subject == d.subject { continue }
                schemaErrors.append(d)
            }
        }
        if streamFailed && parserErrors.isEmpty && !readerProblems.contains(where: { $0.code == "doctype" }) {
            let message = "the XML parser stopped here without a reason; the file may be truncated or hold an entity expansion"
            parserErrors.append(XMLDiagnostic(source: .parser, line: max(streamLine, 1), column: 0, kind: .other,
                message: message, subject: message, element: nil))
        }

        let wanted = Set(located.map(\.ordinal) + located.compactMap(\.relatedOrdinal))
        let lines = Set(schemaErrors.map(\.line))
        let positions = SourceLocator.locate(in: source, ordinals: wanted, lines: lines)

        var result: [Diagnostic] = []
        for d in parserErrors {
            let message = d.kind == .contentAfterDocument && endsInside
                ? "the file ends before the document does (the <programme> element is not closed); it may be truncated"
                : d.message
            result.append(Diagnostic(file: file, line: d.line, column: d.column, code: "xml", message: message))
        }
        for d in schemaErrors {
            let at = SchemaErrorPlacement.position(line: d.line, element: d.element, tags: positions.lines[d.line])
            result.append(Diagnostic(file: file, line: at.line, column: at.column, code: "schema", message: d.message))
        }
        for entry in located {
            var message = entry.message
            if let r = entry.relatedOrdinal, let at = positions.ordinals[r] {
                message += " (\(entry.relatedWording) line \(at.line), column \(at.column))"
            }
            let at = positions.ordinals[entry.ordinal]
            result.append(Diagnostic(file: file, line: at?.line ?? 1, column: at?.column ?? 0, code: entry.code, message: message))
        }
        var sorted = result.enumerated().sorted {
            ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset)
        }.map(\.element)
        if sorted.count > ReaderLimits.maximumDiagnostics || truncated {
            // A limit the file passed is the one message that must not be cut.
            let limits = sorted.filter { $0.code == "limit" }
            sorted = Array(sorted.filter { $0.code != "limit" }.prefix(ReaderLimits.maximumDiagnostics - limits.count)) + limits
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
        case (.unresolvedPlace, .interventionPlace(let i, let k)): return p.interventions[i].places[k].rawValue
        case (.unresolvedPlace, .place(let i)): return p.places[i].parent?.rawValue
        default: return nil
        }
    }
}
