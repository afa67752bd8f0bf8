/// Which cell styles show a number as a date: the only place a workbook says a cell
/// holds a date is its style's number format.
struct XLSXStyles {
    /// Indexed by a cell's `s`: whether that style's number format is a date.
    var isDateStyle: [Bool] = []

    init() {}

    init(archive: XLSXArchive, path: String) throws(ReadFailure) {
        guard let stream = archive.stream(path, maxBytes: archive.limits.maxSmallPartBytes) else { return }
        var custom: [Int: String] = [:]
        var formats: [Int] = []
        var inCellXfs = false
        let problem = stream.forEachTag { tag in
            switch (tag.name, tag.isEnd) {
            case ("numFmt", false):
                if let id = tag.attributes["numFmtId"].flatMap({ Int($0) }) { custom[id] = tag.attributes["formatCode"] ?? "" }
            case ("cellXfs", let end):
                inCellXfs = !end
            case ("xf", false) where inCellXfs:
                formats.append(tag.attributes["numFmtId"].flatMap { Int($0) } ?? 0)
            default:
                break
            }
        }
        if let problem { throw archive.failure(problem) }
        isDateStyle = formats.map { id in custom[id].map(Self.isDateFormat) ?? Self.builtInDates.contains(id) }
    }

    func isDate(style: Int) -> Bool { style >= 0 && style < isDateStyle.count && isDateStyle[style] }

    /// Excel's built-in date formats (14-17 dates, 18-21 times, 22 date and time, 45-47
    /// minutes and seconds): times are counted too, as Excel's own readers do, and the
    /// date part of a serial is what a 5W needs.
    static let builtInDates: Set<Int> = [14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]

    /// Whether a custom format code shows a date: it has a day, month or year part once
    /// quoted text, escaped characters and bracketed parts (`[h]`, colours, locales) are
    /// set aside. An `m` counts as a month only without hours or seconds beside it.
    static func isDateFormat(_ code: String) -> Bool {
        var bare: [Character] = []
        var quoted = false, bracket = false, escape = false
        for ch in code.lowercased() {
            if escape { escape = false; continue }
            if quoted { if ch == "\"" { quoted = false }; continue }
            if bracket { if ch == "]" { bracket = false }; continue }
            switch ch {
            case "\\", "_", "*": escape = true
            case "\"": quoted = true
            case "[": bracket = true
            default: bare.append(ch)
            }
        }
        if bare.contains("d") || bare.contains("y") { return true }
        return bare.contains("m") && !bare.contains("h") && !bare.contains("s")
    }
}
