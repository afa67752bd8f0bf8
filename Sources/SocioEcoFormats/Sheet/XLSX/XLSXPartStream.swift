/// One XML part of a workbook streamed through libxml2 with the reader's safe options,
/// refusing a DOCTYPE, and saying afterwards why a stream ended early.
final class XLSXPartStream {
    let part: String
    let xml: LibXMLStream?
    private let pump: XLSXEntryPump?
    private let refusal: String?
    private(set) var problem: String?

    init(part: String, pump: XLSXEntryPump) {
        self.part = part
        self.pump = pump
        self.refusal = nil
        self.xml = LibXMLStream(name: part) { pump.pull(into: $0) }
    }

    init(part: String, refusal: String) {
        self.part = part
        self.pump = nil
        self.refusal = refusal
        self.xml = nil
        self.problem = refusal
    }

    deinit { pump?.stop() }

    /// The next node, skipping nothing; nil at the end or on failure (then `problem` says why).
    func read() -> LibXMLStream.NodeKind? {
        guard problem == nil, let xml else {
            if problem == nil { problem = "libxml2 could not start reading '\(part)'" }
            return nil
        }
        guard let kind = xml.read() else {
            if xml.failed { problem = explain(xml) }
            return nil
        }
        if kind == .documentType {
            problem = "the part '\(part)' has a DOCTYPE (line \(xml.line)); workbooks never do, and its entities are not read"
            return nil
        }
        return kind
    }

    private func explain(_ xml: LibXMLStream) -> String {
        Self.explain(part: part, failure: pump?.failure, diagnostics: xml.diagnostics)
    }

    /// Why a part's parse ended early: the inflation's failure first, as it cuts the XML short.
    static func explain(part: String, failure: XLSXEntryPump.Failure?, diagnostics: [XMLDiagnostic]) -> String {
        switch failure {
        case .pastDeclaredSize(let n)?:
            return "the part '\(part)' inflates past \(n) bytes, its declared size or the limit; is it a ZIP bomb?"
        case .checksum?:
            return "the part '\(part)' is damaged (its checksum does not match); save the workbook again"
        case .damaged?:
            return "the part '\(part)' cannot be inflated: the ZIP archive is truncated or damaged; save the workbook again"
        default:
            let first = diagnostics.first
            let detail = first.map { "line \($0.line): \($0.message)" } ?? "it ends early"
            return "the part '\(part)' is not well-formed XML (\(detail))"
        }
    }

    /// Stops reading: the pump's thread ends before the next part is opened.
    func close() { pump?.stop() }
}
