#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        var template = Array((directory + "/" + temporaryPrefix + name + ".XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var ok = false
        defer { if !ok { unlink(temporary) } }
        let contiguous = bytes as? [UInt8] ?? Array(bytes)
        var written = 0
        while written < contiguous.count {
            let n = contiguous.withUnsafeBytes { buffer in
                Glibc.write(fd, buffer.baseAddress! + written, buffer.count - written)
            }
            if n < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                close(fd)
                throw WriteError(path: path, reason: reason)
            }
            written += n
        }
        // Keep the permissions of the file being replaced; a new file gets 0644.
        var st = stat()
        let mode: mode_t = stat(path, &st) == 0 ? st.st_mode & 0o7777 : 0o644
        fchmod(fd, mode)
        if fsync(fd) != 0 || close(fd) != 0 {
            throw WriteError(path: path, reason: String(cString: strerror(errno)))
        }
        guard rename(temporary, path) == 0 else {
            throw WriteError(path: path, reason: String(cString: strerror(errno)))
        }
        ok = true
    }

    public static func write(_ text: String, to path: String) throws(WriteError) {
        try write(text.utf8, to: path)
    }

    /// Removes temporaries for `name` that an interrupted earlier run left in `directory`.
    static func removeStaleTemporaries(in directory: String, for name: String) {
        guard let dir = opendir(directory) else { return }
        defer { closedir(dir) }
        let prefix = temporaryPrefix + name + "."
        while let entry = readdir(dir) {
            let entryName = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if entryName.hasPrefix(prefix), entryName.utf8.count == prefix.utf8.count + 6 {
                unlink(directory + "/" + entryName)
            }
        }
    }
}
