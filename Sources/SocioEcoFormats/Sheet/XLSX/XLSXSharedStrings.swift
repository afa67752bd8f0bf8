/// The workbook's shared strings table, read by streaming: each `<si>` is its plain text
/// or its rich-text runs joined; phonetic guides (`<rPh>`) are left out, as Excel shows
/// them only on request.
struct XLSXSharedStrings {
    private(set) var strings: [String] = []

    init() {}

    init(archive: XLSXArchive, path: String, limits: SheetLimits) throws(ReadFailure) {
        let collector = Collector(limit: limits.maxCellBytes)
        guard let part = archive.events(path, handler: collector) else {
            if archive.has(path) { throw archive.failure("the part '\(path)' cannot be read") }
            return
        }
        collector.part = part
        for (text, name) in [("si", Collector.Name.si), ("t", .t), ("rPh", .rPh)] { part.intern(text, as: name.rawValue) }
        part.run()
        if collector.tooLong {
            throw archive.failure("shared string \(collector.strings.count + 1) in '\(path)' is longer than \(limits.maxCellBytes) bytes, the most a cell may hold")
        }
        if let problem = part.problem { throw archive.failure(problem) }
        strings = collector.strings
    }

    subscript(index: Int) -> String? { index >= 0 && index < strings.count ? strings[index] : nil }

    private final class Collector: LibXMLEventHandler {
        enum Name: Int { case si = 1, t, rPh }

        let limit: Int
        weak var part: XLSXPartEvents?
        var strings: [String] = []
        var tooLong = false
        private var current: [UInt8] = []
        private var inItem = false, inText = false, phonetic = 0

        init(limit: Int) { self.limit = limit }

        func startElement(_ element: LibXMLEvents.Element) {
            switch element.name.localToken.flatMap(Name.init(rawValue:)) {
            case .si?:
                inItem = true
                current.removeAll(keepingCapacity: true)
            case .t?: inText = true
            case .rPh?: phonetic += 1
            case nil: break
            }
        }

        func endElement(_ name: LibXMLEvents.Name) {
            switch name.localToken.flatMap(Name.init(rawValue:)) {
            case .si?:
                strings.append(XLSXText.unescape(String(decoding: current, as: UTF8.self)))
                inItem = false
            case .t?: inText = false
            case .rPh?: phonetic -= 1
            case nil: break
            }
        }

        func characters(_ text: UnsafeBufferPointer<UInt8>) {
            guard inItem, inText, phonetic == 0, !tooLong else { return }
            current.append(contentsOf: text)
            if current.count > limit {
                tooLong = true
                part?.stop()
            }
        }
    }
}
