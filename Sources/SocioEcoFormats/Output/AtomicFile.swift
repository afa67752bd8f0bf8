/// Writes files so that a reader never sees half of one: the bytes go to a temporary
/// file beside the target, are flushed to disk, and the temporary file is renamed over
/// the target. A crash leaves either the old file or the new one, never a mix.
public enum AtomicFile {
    public struct WriteError: Error, Hashable, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "cannot write \(path): \(reason)" }
    }

    /// The prefix of temporary files, so that a later run can recognise and remove
    /// the ones a killed process left behind.
    public static let temporaryPrefix = ".socioeco-tmp-"

    public static func write(_ bytes: some Collection<UInt8>, to path: String) throws(WriteError) {
        let directory: String
        let name: String
        if let slash = path.lastIndex(of: "/") {
            directory = slash == path.startIndex ? "/" : String(path[..<slash])
            name = String(path[path.index(after: slash)...])
        } else {
            directory = "."
            name = path
        }
        removeStaleTemporaries(in: directory, for: name)
        let fd: Int32
        let temporary: String
        do { (fd, temporary) = try SystemCalls.makeTemporaryFile(template: directory + "/" + temporaryPrefix + name + ".XXXXXX") } catch {
            throw WriteError(path: path, reason: error.description)
        }
        var ok = false
        defer { if !ok { SystemCalls.remove(temporary) } }
        func writeAll(_ buffer: UnsafeRawBufferPointer) -> SystemError? {
            do throws(SystemError) { try SystemCalls.writeAll(fd, buffer) } catch { return error }
            return nil
        }
        // A string's or an array's own bytes when they are contiguous: a copy would hold
        // the whole output twice.
        let failure = bytes.withContiguousStorageIfAvailable { writeAll(UnsafeRawBufferPointer($0)) }
            ?? Array(bytes).withUnsafeBytes { writeAll($0) }
        if let failure {
            try? SystemCalls.close(fd)
            throw WriteError(path: path, reason: failure.description)
        }
        // Keep the permissions of the file being replaced; a new file gets 0644.
        let permissions = (try? SystemCalls.status(ofPath: path).permissions) ?? 0o644
        SystemCalls.setPermissions(fd, permissions)
        do {
            try SystemCalls.synchronize(fd)
            try SystemCalls.close(fd)
            try SystemCalls.rename(temporary, to: path)
        } catch {
            throw WriteError(path: path, reason: error.description)
        }
        ok = true
    }

    public static func write(_ text: String, to path: String) throws(WriteError) {
        try write(text.utf8, to: path)
    }

    /// Removes temporaries for `name` that an interrupted earlier run left in `directory`.
    static func removeStaleTemporaries(in directory: String, for name: String) {
        let prefix = temporaryPrefix + name + "."
        for entryName in SystemCalls.directoryEntries(directory)
        where entryName.hasPrefix(prefix) && entryName.utf8.count == prefix.utf8.count + 6 {
            SystemCalls.remove(directory + "/" + entryName)
        }
    }
}
