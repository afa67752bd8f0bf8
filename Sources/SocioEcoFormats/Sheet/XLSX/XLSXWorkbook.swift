/// What a workbook says of itself: its sheets, in order, with their parts; where its
/// shared strings and styles are; and its date system.
struct XLSXWorkbook {
    var sheets: [XLSXSheetInfo] = []
    var sharedStringsPath: String?
    var stylesPath: String?
    /// Serial 0 is 1904-01-01 (old Mac Excel) instead of Excel's 1900 system.
    var date1904 = false

    init(archive: XLSXArchive) throws(ReadFailure) {
        let rootRels = try Self.relationships(archive, "_rels/.rels", base: "")
        let workbookPath = rootRels.first { $0.type.hasSuffix("/officeDocument") }?.target ?? "xl/workbook.xml"
        guard archive.has(workbookPath) else {
            throw archive.failure("the archive has no workbook part ('\(workbookPath)'); it is not an .xlsx workbook")
        }
        let base = Self.folder(of: workbookPath)
        let relsPath = base + "_rels/" + workbookPath.split(separator: "/").last.map(String.init)! + ".rels"
        let rels = try Self.relationships(archive, relsPath, base: base)
        var byID: [String: String] = [:]
        for r in rels { byID[r.id] = r.target }
        sharedStringsPath = rels.first { $0.type.hasSuffix("/sharedStrings") }?.target
            ?? (archive.has(base + "sharedStrings.xml") ? base + "sharedStrings.xml" : nil)
        stylesPath = rels.first { $0.type.hasSuffix("/styles") }?.target
            ?? (archive.has(base + "styles.xml") ? base + "styles.xml" : nil)

        guard let stream = archive.stream(workbookPath, maxBytes: archive.limits.maxSmallPartBytes) else {
            throw archive.failure("the archive has no workbook part ('\(workbookPath)')")
        }
        var sheets: [XLSXSheetInfo] = []
        var date1904 = false
        var missing: String?
        let problem = stream.forEachTag { tag in
            guard !tag.isEnd else { return }
            switch tag.name {
            case "workbookPr":
                let v = tag.attributes["date1904"]?.lowercased()
                date1904 = v == "1" || v == "true"
            case "sheet":
                let name = tag.attributes["name"] ?? ""
                let state = tag.attributes["state"] ?? "visible"
                guard let id = tag.attributes["id"], let target = byID[id] else {
                    if missing == nil { missing = name }
                    return
                }
                sheets.append(XLSXSheetInfo(name: name, isVisible: state == "visible", partPath: target))
            default:
                break
            }
        }
        if let problem { throw archive.failure(problem) }
        if let missing { throw archive.failure("the sheet '\(missing)' has no part in the workbook's relationships; save the workbook again") }
        guard !sheets.isEmpty else { throw archive.failure("the workbook lists no sheets") }
        self.sheets = sheets
        self.date1904 = date1904
    }

    struct Relationship {
        var id: String
        var type: String
        var target: String
    }

    /// A relationships part; none at all is an empty list. External targets are left out.
    private static func relationships(_ archive: XLSXArchive, _ path: String, base: String) throws(ReadFailure) -> [Relationship] {
        guard let stream = archive.stream(path, maxBytes: archive.limits.maxSmallPartBytes) else { return [] }
        var out: [Relationship] = []
        let problem = stream.forEachTag { tag in
            guard !tag.isEnd, tag.name == "Relationship", tag.attributes["TargetMode"] != "External",
                  let id = tag.attributes["Id"], let target = tag.attributes["Target"] else { return }
            out.append(Relationship(id: id, type: tag.attributes["Type"] ?? "", target: resolve(target, base: base)))
        }
        if let problem { throw archive.failure(problem) }
        return out
    }

    /// A relationship's target as a part name: with a leading `/` from the archive's
    /// root, otherwise from the folder of the part that holds the relationship.
    static func resolve(_ target: String, base: String) -> String {
        let joined = target.hasPrefix("/") ? String(target.dropFirst()) : base + target
        var parts: [Substring] = []
        for p in joined.split(separator: "/") {
            if p == "." { continue }
            if p == ".." { _ = parts.popLast(); continue }
            parts.append(p)
        }
        return parts.joined(separator: "/")
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }
}
