import Foundation
import ZIPFoundation

/// A workbook's ZIP container, opened for reading and checked before anything inflates:
/// what the file is (an OLE compound file, not a ZIP at all), the entries' names, their
/// number and their declared sizes. Entries are then streamed through `XLSXEntryPump`,
/// which counts the bytes actually inflated.
final class XLSXArchive {
    let file: String
    let limits: XLSXContainerLimits
    private let archive: Archive
    /// Entries by part name, lower-cased: OPC part names are case-insensitive.
    private var entries: [String: Entry] = [:]

    init(path: String, file: String, limits: XLSXContainerLimits) throws(ReadFailure) {
        self.file = file
        self.limits = limits
        let magic = try Self.magic(path: path, file: file)
        if magic.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw Self.failure(file, "this workbook is encrypted or in the old .xls format; save it as .xlsx without a password")
        }
        guard magic.starts(with: [0x50, 0x4B, 0x03, 0x04]) || magic.starts(with: [0x50, 0x4B, 0x05, 0x06]) else {
            throw Self.failure(file, "not an .xlsx workbook: the file is not a ZIP archive; save it from the spreadsheet as .xlsx")
        }
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw Self.failure(file, "the ZIP archive is truncated or damaged (its central directory cannot be read); save the workbook again")
        }
        try index()
    }

    private static func magic(path: String, file: String) throws(ReadFailure) -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ReadFailure(file: file, kind: .unreadable, diagnostics: [
                Diagnostic(file: file, line: 0, column: 0, code: "io", message: "cannot open the file")])
        }
        defer { try? handle.close() }
        return [UInt8]((try? handle.read(upToCount: 8)) ?? Data())
    }

    static func failure(_ file: String, _ message: String) -> ReadFailure {
        ReadFailure(file: file, kind: .invalid, diagnostics: [Diagnostic(file: file, line: 0, column: 0, code: "xlsx", message: message)])
    }

    func failure(_ message: String) -> ReadFailure { Self.failure(file, message) }

    private func index() throws(ReadFailure) {
        var total: UInt64 = 0
        var count = 0
        for entry in archive {
            count += 1
            guard count <= limits.maxEntries else {
                throw failure("the ZIP archive has more than \(limits.maxEntries) entries; a workbook has a few dozen")
            }
            let path = entry.path
            guard Self.isSafe(path) else {
                throw failure("the ZIP archive has an entry named '\(path)', outside the archive (an absolute path or '..'); this is not a workbook a spreadsheet wrote")
            }
            guard entry.type == .file else { continue }
            let size = entry.uncompressedSize
            total &+= size
            guard size <= UInt64(limits.maxTotalBytes), total <= UInt64(limits.maxTotalBytes) else {
                throw failure("the ZIP archive inflates to more than \(limits.maxTotalBytes) bytes (the limit); is it a ZIP bomb?")
            }
            if size > UInt64(limits.ratioFloorBytes), size / max(entry.compressedSize, 1) > UInt64(limits.maxRatio) {
                throw failure("the entry '\(path)' inflates \(size / max(entry.compressedSize, 1)) times its compressed size (the limit is \(limits.maxRatio)); is it a ZIP bomb?")
            }
            entries[path.lowercased()] = entry
        }
    }

    /// Entry names that could escape a folder if the archive were ever extracted; no
    /// spreadsheet writes them, so their presence marks a crafted file.
    static func isSafe(_ path: String) -> Bool {
        if path.isEmpty || path.hasPrefix("/") || path.hasPrefix("\\") { return false }
        if path.utf8.count >= 2, Array(path.utf8)[1] == UInt8(ascii: ":") { return false }
        let parts = path.split(whereSeparator: { $0 == "/" || $0 == "\\" })
        return !parts.contains("..")
    }

    func has(_ part: String) -> Bool { entries[part.lowercased()] != nil }

    /// Streams a part through libxml2 as it inflates; nil when the archive has no such part.
    func stream(_ part: String, maxBytes: Int? = nil) -> XLSXPartStream? {
        guard let entry = entries[part.lowercased()] else { return nil }
        let cap = min(maxBytes ?? limits.maxTotalBytes, limits.maxTotalBytes)
        let declared = Int(clamping: entry.uncompressedSize)
        if declared > cap { return XLSXPartStream(part: part, refusal: "the part '\(part)' is \(declared) bytes, past the limit of \(cap)") }
        let pump = XLSXEntryPump(archive: archive, entry: entry, maxBytes: min(cap, declared))
        return XLSXPartStream(part: part, pump: pump)
    }

    /// Parses a large part as it inflates, telling `handler` of its elements and text;
    /// nil when the archive has no such part.
    func events(_ part: String, handler: LibXMLEventHandler) -> XLSXPartEvents? {
        guard let entry = entries[part.lowercased()] else { return nil }
        let cap = limits.maxTotalBytes
        let declared = Int(clamping: entry.uncompressedSize)
        if declared > cap { return XLSXPartEvents(part: part, refusal: "the part '\(part)' is \(declared) bytes, past the limit of \(cap)") }
        let pump = XLSXEntryPump(archive: archive, entry: entry, maxBytes: min(cap, declared))
        return XLSXPartEvents(part: part, pump: pump, handler: handler)
    }
}
