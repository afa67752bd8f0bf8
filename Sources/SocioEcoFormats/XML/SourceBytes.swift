#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
            let fd = open(path, O_RDONLY)
            guard fd >= 0 else { return nil }
            defer { close(fd) }
            var st = stat()
            guard fstat(fd, &st) == 0, st.st_size > 0 else { return nil }
            let size = Int(st.st_size)
            guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else { return nil }
            defer { munmap(base, size) }
            return body(UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: size))
        }
    }
}
