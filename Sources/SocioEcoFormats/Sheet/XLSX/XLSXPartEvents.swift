/// One large XML part of a workbook (a worksheet, the shared strings) parsed by libxml2's
/// SAX2 push parser as it inflates, with the reader's safe options, refusing a DOCTYPE:
/// a piece of inflated XML at a time goes in, and the handler hears of the elements and
/// text it completes. Says afterwards why a parse ended early.
final class XLSXPartEvents {
    let part: String
    private let pump: XLSXEntryPump?
    private var events: LibXMLEvents?
    private var buffer: [UInt8]
    private(set) var problem: String?
    private(set) var ended = false

    private static let pieceSize = 1 << 16

    init(part: String, pump: XLSXEntryPump, handler: LibXMLEventHandler) {
        self.part = part
        self.pump = pump
        buffer = [UInt8](repeating: 0, count: Self.pieceSize)
        // libxml2 tells the encoding from the first bytes, so the parser starts with some.
        var count = 0
        while count < 4 {
            let n = buffer.withUnsafeMutableBytes { pump.pull(into: UnsafeMutableRawBufferPointer(rebasing: $0[count...])) }
            if n <= 0 { break }
            count += n
        }
        events = buffer.withUnsafeBytes { LibXMLEvents(name: part, first: UnsafeRawBufferPointer(rebasing: $0[..<count]), handler: handler) }
        if events == nil { problem = "libxml2 could not start reading '\(part)'"; ended = true }
    }

    init(part: String, refusal: String) {
        self.part = part
        pump = nil
        buffer = []
        problem = refusal
        ended = true
    }

    deinit { pump?.stop() }

    /// Interns a name for the handler to compare by token.
    func intern(_ text: String, as token: Int) { events?.intern(text, as: token) }

    /// Parses the next inflated piece; false once the part has ended (then `problem`
    /// says why, if it ended early).
    @discardableResult
    func step() -> Bool {
        guard !ended, let events, let pump else { return false }
        let n = buffer.withUnsafeMutableBytes { pump.pull(into: $0) }
        let going: Bool
        if n > 0 {
            going = buffer.withUnsafeBytes { events.feed(UnsafeRawBufferPointer(rebasing: $0[..<n])) }
        } else {
            _ = events.finish()
            going = false
        }
        if !going { end(events, failedPump: n < 0) }
        return going
    }

    /// Parses the whole part.
    func run() { while step() {} }

    /// Stops parsing, from a handler or after; the pump's thread ends before the next
    /// part is opened.
    func stop() {
        events?.stop()
        ended = true
        pump?.stop()
    }

    private func end(_ events: LibXMLEvents, failedPump: Bool) {
        ended = true
        pump?.stop()
        guard !events.stopped || events.doctypeLine != nil else { return }
        if let line = events.doctypeLine {
            problem = "the part '\(part)' has a DOCTYPE (line \(line)); workbooks never do, and its entities are not read"
        } else if events.failed || failedPump {
            problem = XLSXPartStream.explain(part: part, failure: pump?.failure, diagnostics: events.diagnostics)
        }
    }
}
