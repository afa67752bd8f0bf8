import Foundation
import ZIPFoundation

/// Writes tables as a minimal .xlsx workbook, one worksheet per table. Every cell is a
/// shared string (`t="s"`), never a formula, so `=1+1` or `+33 6` is shown as typed.
/// The same tables always give the same bytes: parts in a fixed order, shared strings
/// in first-seen order, and every ZIP entry dated 1980-01-01 00:00 (the earliest ZIP
/// date; ZIPFoundation writes it in UTC).
public struct XLSXWriter: Sendable {
    public init() {}

    public enum Failure: Error, Hashable, Sendable {
        /// ZIPFoundation could not build the archive in memory.
        case archive(String)
    }

    /// The workbook's bytes. Sheet names are made valid for Excel (at most 31
    /// characters, none of `[ ] : * ? / \`, unique); validations follow the renaming.
    public func write(_ tables: [SheetTable]) throws(Failure) -> [UInt8] {
        let names = XLSXWriter.sheetNames(tables.map(\.name))
        var strings = XLSXStringTable()
        var parts: [(String, String)] = []
        let sheets = tables.map { XLSXWriter.worksheet($0, strings: &strings, sheetNames: names, tableNames: tables.map(\.name)) }
        parts.append(("[Content_Types].xml", XLSXWriter.contentTypes(sheetCount: tables.count)))
        parts.append(("_rels/.rels", XLSXWriter.rootRelationships))
        parts.append(("xl/workbook.xml", XLSXWriter.workbook(names)))
        parts.append(("xl/_rels/workbook.xml.rels", XLSXWriter.workbookRelationships(sheetCount: tables.count)))
        parts.append(("xl/styles.xml", XLSXWriter.styles))
        parts.append(("xl/sharedStrings.xml", strings.xml))
        for (i, sheet) in sheets.enumerated() { parts.append(("xl/worksheets/sheet\(i + 1).xml", sheet)) }
        return try XLSXWriter.zip(parts)
    }

    /// 1980-01-01T00:00:00Z.
    private static let fixedDate = Date(timeIntervalSince1970: 315_532_800)

    private static func zip(_ parts: [(String, String)]) throws(Failure) -> [UInt8] {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, text) in parts {
                let data = Data(text.utf8)
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: fixedDate, permissions: 0o644,
                                     compressionMethod: .deflate) { position, size in
                    let start = Int(position)
                    return data.subdata(in: start..<min(start + size, data.count))
                }
            }
            guard let data = archive.data else { throw Failure.archive("no data") }
            return [UInt8](data)
        } catch let f as Failure {
            throw f
        } catch {
            throw Failure.archive(String(describing: error))
        }
    }

    /// Names Excel accepts: forbidden characters as `_`, at most 31 characters, blank as
    /// `Sheet N`, repeats numbered.
    static func sheetNames(_ wanted: [String]) -> [String] {
        var used: Set<String> = []
        var out: [String] = []
        for (i, w) in wanted.enumerated() {
            var name = String(w.map { "[]:*?/\\".contains($0) || $0.isNewline ? "_" : $0 }.prefix(31))
            if name.trimmingCharacters(in: .whitespaces).isEmpty || name.hasPrefix("'") || name.hasSuffix("'") {
                name = name.trimmingCharacters(in: CharacterSet(charactersIn: "' "))
                if name.isEmpty { name = "Sheet \(i + 1)" }
            }
            var candidate = name
            var n = 2
            while used.contains(candidate.lowercased()) {
                let suffix = " (\(n))"
                candidate = String(name.prefix(31 - suffix.count)) + suffix
                n += 1
            }
            used.insert(candidate.lowercased())
            out.append(candidate)
        }
        return out
    }
}
