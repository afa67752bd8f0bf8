#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SocioEcoFormats

/// The side journal next to the programme file (`FILE.studio-journal`): one JSON line
/// per accepted change, appended and flushed to disk before the change is answered, so a
/// killed server or a closed tab loses no edit. Removed when the programme is saved.
struct StudioJournal {
    /// One accepted change: an element set (added or replaced) or deleted, or an undo or a redo.
    struct Record: Hashable, Sendable {
        enum Operation: String, Sendable { case set, delete, undo, redo }
        var operation: Operation
        var collection: ElementCollection?
        var id: String?
        /// The element as the API shows it, for `set`.
        var element: String?

        var line: String {
            var members: [(String, JSONOut)] = [("op", .string(operation.rawValue))]
            if let collection { members.append(("collection", .string(collection.rawValue))) }
            if let id { members.append(("id", .string(id))) }
            if let element { members.append(("element", .raw(element))) }
            return JSONOut.object(members).text
        }

        init(operation: Operation, collection: ElementCollection? = nil, id: String? = nil, element: String? = nil) {
            self.operation = operation
            self.collection = collection
            self.id = id
            self.element = element
        }

        /// The record a line holds; nil for a line cut short by a crash, or not ours.
        init?(line: Substring) {
            guard case .object(let o)? = JSONIn.parse(Array(line.utf8)),
                  case .string(let op)? = o["op"], let operation = Operation(rawValue: op) else { return nil }
            self.operation = operation
            if case .string(let c)? = o["collection"] { collection = ElementCollection(rawValue: c) }
            if case .string(let i)? = o["id"] { id = i }
            if let e = o["element"] { element = Self.reencode(e) }
            if operation == .set || operation == .delete, collection == nil || id == nil { return nil }
            if operation == .set, element == nil { return nil }
        }

        private static func reencode(_ value: JSONIn) -> String {
            func convert(_ v: JSONIn) -> JSONOut {
                switch v {
                case .null: return .null
                case .bool(let b): return .bool(b)
                case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? .int(Int(n)) : .raw(String(n))
                case .string(let s): return .string(s)
                case .array(let a): return .array(a.map(convert))
                case .object(let o): return .object(o.keys.sorted().map { ($0, convert(o[$0]!)) })
                }
            }
            return convert(value).text
        }
    }

    let path: String
    private var fd: Int32 = -1

    init(path: String) {
        self.path = path
    }

    static func path(for file: String) -> String { file + ".studio-journal" }

    /// The records a journal left by an earlier run holds, in order; empty when there is none.
    static func leftover(at path: String) -> [Record] {
        let reader = ProgrammeReader()
        guard let fd = try? SystemCalls.openForReading(path) else { return [] }
        defer { try? SystemCalls.close(fd) }
        guard let bytes = try? reader.bytes(fromFileDescriptor: fd, name: path) else { return [] }
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n").compactMap(Record.init(line:))
    }

    /// Appends one record and waits until it is on disk.
    mutating func append(_ record: Record) throws(SystemError) {
        if fd < 0 {
            let opened = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
            guard opened >= 0 else { throw SystemError(code: errno) }
            fd = opened
        }
        let bytes = Array((record.line + "\n").utf8)
        let failure = bytes.withUnsafeBytes { buffer -> SystemError? in
            do throws(SystemError) { try SystemCalls.writeAll(fd, buffer) } catch { return error }
            return nil
        }
        if let failure { throw failure }
        try SystemCalls.synchronize(fd)
    }

    /// Replaces the whole journal with `records` (atomically), or removes it when there are none.
    mutating func replace(with records: [Record]) throws(AtomicFile.WriteError) {
        close()
        if records.isEmpty {
            SystemCalls.remove(path)
        } else {
            try AtomicFile.write(records.map { $0.line + "\n" }.joined(), to: path)
        }
    }

    mutating func close() {
        if fd >= 0 { try? SystemCalls.close(fd) }
        fd = -1
    }
}

/// The three lists of a programme the API edits by resource.
enum ElementCollection: String, Sendable, CaseIterable {
    case interventions, agencies, places

    /// The singular, for messages.
    var singular: String {
        switch self {
        case .interventions: "intervention"
        case .agencies: "agency"
        case .places: "place"
        }
    }
}
