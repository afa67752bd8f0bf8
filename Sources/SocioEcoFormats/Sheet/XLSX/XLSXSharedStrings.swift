/// The workbook's shared strings table, read by streaming: each `<si>` is its plain text
/// or its rich-text runs joined; phonetic guides (`<rPh>`) are left out, as Excel shows
/// them only on request.
struct XLSXSharedStrings {
    private(set) var strings: [String] = []

    init() {}

    private enum Name: Int { case si = 1, t, rPh }

    init(archive: XLSXArchive, path: String, limits: SheetLimits) throws(ReadFailure) {
        guard let stream = archive.stream(path), let xml = stream.xml else {
            if archive.has(path) { throw archive.failure("the part '\(path)' cannot be read") }
            return
        }
        xml.intern("si", as: Name.si.rawValue)
        xml.intern("t", as: Name.t.rawValue)
        xml.intern("rPh", as: Name.rPh.rawValue)
        var current: [UInt8] = []
        var inItem = false, inText = false, phonetic = 0
        while let kind = stream.read() {
            switch kind {
            case .element:
                let name = xml.localNameToken.flatMap(Name.init(rawValue:))
                let empty = xml.isEmptyElement
                switch name {
                case .si?:
                    inItem = true
                    current.removeAll(keepingCapacity: true)
                    if empty { strings.append(""); inItem = false }
                case .t?: inText = !empty
                case .rPh?: if !empty { phonetic += 1 }
                case nil: break
                }
            case .endElement:
                switch xml.localNameToken.flatMap(Name.init(rawValue:)) {
                case .si?:
                    strings.append(XLSXText.unescape(String(decoding: current, as: UTF8.self)))
                    inItem = false
                case .t?: inText = false
                case .rPh?: phonetic -= 1
                case nil: break
                }
            case .text, .cdata, .whitespace:
                guard inItem, inText, phonetic == 0 else { continue }
                xml.withValueBytes { current.append(contentsOf: $0) }
                if current.count > limits.maxCellBytes {
                    stream.close()
                    throw archive.failure("shared string \(strings.count + 1) in '\(path)' is longer than \(limits.maxCellBytes) bytes, the most a cell may hold")
                }
            default:
                break
            }
        }
        if let problem = stream.problem { throw archive.failure(problem) }
    }

    subscript(index: Int) -> String? { index >= 0 && index < strings.count ? strings[index] : nil }
}
