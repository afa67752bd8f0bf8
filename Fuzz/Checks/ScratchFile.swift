import SocioEcoFormats

/// A file the checks hand to the reader, which reads from a path: one per process
/// and purpose, rewritten for every input, in shared memory when the system has it.
public struct ScratchFile: Sendable {
    public let path: String

    public init(purpose: String) {
        let shared = (try? SystemCalls.status(ofPath: "/dev/shm")) != nil
        path = "\(shared ? "/dev/shm" : "/tmp")/socioeco-fuzz-\(SystemCalls.processID)-\(purpose).xml"
    }

    /// Replaces the file's content with `bytes`.
    public func write(_ bytes: UnsafeRawBufferPointer) {
        let fd: Int32
        do { fd = try SystemCalls.openForWriting(path, permissions: 0o600) } catch {
            preconditionFailure("cannot create the scratch file \(path): \(error)")
        }
        defer { try? SystemCalls.close(fd) }
        do { try SystemCalls.writeAll(fd, bytes) } catch {
            preconditionFailure("cannot write the scratch file \(path): \(error)")
        }
    }

    public func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { write($0) }
    }

    public func remove() { SystemCalls.remove(path) }
}
