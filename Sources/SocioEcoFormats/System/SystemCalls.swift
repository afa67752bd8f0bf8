#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every call the package makes into the operating system, with the platform's
/// differences kept here: the rest of the code names no C library and no `errno`.
///
/// Calls interrupted by a signal are retried; failures come back as `SystemError`
/// carrying the system's own text.
package enum SystemCalls {
    package enum FileKind: Sendable { case regular, directory, other }

    package struct FileStatus: Sendable {
        package var kind: FileKind
        package var size: Int
        /// The permission bits (`0o7777` at most).
        package var permissions: UInt32
    }

    package static let standardInput: Int32 = STDIN_FILENO
    package static let standardOutput: Int32 = STDOUT_FILENO
    package static let standardError: Int32 = STDERR_FILENO

    private static func failure() -> SystemError { SystemError(code: errno) }

    /// Opens `path` for reading; the descriptor is not inherited by child processes.
    package static func openForReading(_ path: String) throws(SystemError) -> Int32 {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure() }
        return fd
    }

    /// Creates or truncates `path` for writing, with `permissions` if it is created.
    package static func openForWriting(_ path: String, permissions: UInt32) throws(SystemError) -> Int32 {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode_t(permissions))
        guard fd >= 0 else { throw failure() }
        return fd
    }

    /// Reads at most `buffer.count` bytes; 0 at the end of the file.
    package static func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) throws(SystemError) -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        while true {
            let n = systemRead(fd, base, buffer.count)
            if n >= 0 { return n }
            if errno != EINTR { throw failure() }
        }
    }

    /// Writes all of `buffer`, in as many calls as the system needs.
    package static func writeAll(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) throws(SystemError) {
        guard let base = buffer.baseAddress else { return }
        var offset = 0
        while offset < buffer.count {
            let n = systemWrite(fd, base + offset, buffer.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                throw failure()
            }
            offset += n
        }
    }

    package static func close(_ fd: Int32) throws(SystemError) {
        guard systemClose(fd) == 0 else { throw failure() }
    }

    /// Flushes the file's data to the disk.
    package static func synchronize(_ fd: Int32) throws(SystemError) {
        guard fsync(fd) == 0 else { throw failure() }
    }

    package static func status(ofPath path: String) throws(SystemError) -> FileStatus {
        var st = stat()
        guard stat(path, &st) == 0 else { throw failure() }
        return FileStatus(st)
    }

    package static func status(of fd: Int32) throws(SystemError) -> FileStatus {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw failure() }
        return FileStatus(st)
    }

    /// Whether this process may read `path`.
    package static func isReadable(_ path: String) -> Bool {
        access(path, R_OK) == 0
    }

    /// Sets the permission bits of an open file; a file system that cannot is no error.
    package static func setPermissions(_ fd: Int32, _ permissions: UInt32) {
        _ = fchmod(fd, mode_t(permissions))
    }

    package static func rename(_ from: String, to: String) throws(SystemError) {
        guard systemRename(from, to) == 0 else { throw failure() }
    }

    /// Removes `path`; a file already gone is no error.
    package static func remove(_ path: String) {
        _ = unlink(path)
    }

    /// Creates a new file from `template`, whose last six characters are `XXXXXX`, and
    /// returns its descriptor and path.
    package static func makeTemporaryFile(template: String) throws(SystemError) -> (fd: Int32, path: String) {
        var chars = Array(template.utf8CString)
        let fd = chars.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw failure() }
        return (fd, String(decoding: chars.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }

    /// The names in a folder, `.` and `..` included; empty when it cannot be read.
    package static func directoryEntries(_ path: String) -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            names.append(withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            })
        }
        return names
    }

    /// Calls `body` with the first `size` bytes of an open file mapped read-only; nil
    /// when the system will not map it.
    package static func withMappedFile<R>(_ fd: Int32, size: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R?) -> R? {
        guard size > 0, let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else { return nil }
        defer { munmap(base, size) }
        return body(UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: size))
    }

    /// The offset of the first `byte` in `bytes`, found with the C library's
    /// vectorised search: the reader scans whole files with it before parsing.
    package static func firstOffset(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress, let found = memchr(base, Int32(byte), bytes.count) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// The system's text for an error number.
    package static func errorText(_ code: Int32) -> String { String(cString: strerror(code)) }

    package static let noSuchFile: Int32 = ENOENT

    package static var processID: Int32 { getpid() }

    package static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    package static func environmentValue(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}

// The C functions whose names the methods above reuse.
#if canImport(Glibc)
private func systemRead(_ fd: Int32, _ p: UnsafeMutableRawPointer, _ n: Int) -> Int { Glibc.read(fd, p, n) }
private func systemWrite(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int { Glibc.write(fd, p, n) }
private func systemClose(_ fd: Int32) -> Int32 { Glibc.close(fd) }
private func systemRename(_ from: String, _ to: String) -> Int32 { Glibc.rename(from, to) }
#elseif canImport(Darwin)
private func systemRead(_ fd: Int32, _ p: UnsafeMutableRawPointer, _ n: Int) -> Int { Darwin.read(fd, p, n) }
private func systemWrite(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int { Darwin.write(fd, p, n) }
private func systemClose(_ fd: Int32) -> Int32 { Darwin.close(fd) }
private func systemRename(_ from: String, _ to: String) -> Int32 { Darwin.rename(from, to) }
#endif

extension SystemCalls.FileStatus {
    fileprivate init(_ st: stat) {
        switch st.st_mode & S_IFMT {
        case S_IFREG: kind = .regular
        case S_IFDIR: kind = .directory
        default: kind = .other
        }
        size = Int(st.st_size)
        permissions = UInt32(st.st_mode & 0o7777)
    }
}
