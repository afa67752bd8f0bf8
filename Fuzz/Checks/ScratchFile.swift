#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file the checks hand to the reader, which reads from a path: one per process
/// and purpose, rewritten for every input, in shared memory when the system has it.
public struct ScratchFile: Sendable {
    public let path: String

    public init(purpose: String) {
        var st = stat()
        let directory = stat("/dev/shm", &st) == 0 ? "/dev/shm" : "/tmp"
        path = "\(directory)/socioeco-fuzz-\(getpid())-\(purpose).xml"
    }

    /// Replaces the file's content with `bytes`.
    public func write(_ bytes: UnsafeRawBufferPointer) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        precondition(fd >= 0, "cannot create the scratch file \(path)")
        defer { close(fd) }
        var done = 0
        while done < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + done, bytes.count - done)
            if n < 0 && errno == EINTR { continue }
            precondition(n > 0, "cannot write the scratch file \(path)")
            done += n
        }
    }

    public func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { write($0) }
    }

    public func remove() { unlink(path) }
}
