/// Where the bytes of one read come from: a file, mapped only when a check needs to look
/// at it, or a buffer the caller keeps alive for the whole read.
enum SourceBytes {
    case file(String)
    case memory(UnsafeRawBufferPointer)

    /// Calls `body` with the bytes (a file is mapped, not read), or returns nil when the
    /// file cannot be mapped or is empty.
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R?) -> R? {
        switch self {
        case .memory(let buffer):
            guard buffer.count > 0 else { return nil }
            return body(buffer.bindMemory(to: UInt8.self))
        case .file(let path):
            guard let fd = try? SystemCalls.openForReading(path) else { return nil }
            defer { try? SystemCalls.close(fd) }
            guard let size = try? SystemCalls.status(of: fd).size, size > 0 else { return nil }
            return SystemCalls.withMappedFile(fd, size: size, body)
        }
    }
}
