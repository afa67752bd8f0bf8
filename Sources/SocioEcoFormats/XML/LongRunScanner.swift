#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds a stretch of text or one tag longer than the reader stands by, before libxml2
/// sees the file.
///
/// libxml2 2.9's schema validator gathers an element's text by appending each chunk to
/// what it has, measuring the whole with `strlen` every time: a text of n bytes costs
/// O(n²). A 10 MB title (libxml2's own limit) takes seconds; refusing long runs up front
/// keeps hostile files cheap. No markup character `<` appears inside a text run or an
/// attribute value, so the distance between two `<` bounds both.
enum LongRunScanner {
    /// The line and character column where the first run longer than `limit` bytes
    /// starts, or nil when there is none.
    static func firstRun(longerThan limit: Int, path: String) -> (line: Int, column: Int)? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_size > limit else { return nil }
        let size = Int(st.st_size)
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else { return nil }
        defer { munmap(base, size) }
        let bytes = base.assumingMemoryBound(to: UInt8.self)
        var start = 0
        while start < size {
            let rest = size - start
            let found = memchr(bytes + start, Int32(UInt8(ascii: "<")), rest)
            let end = found.map { UnsafeRawPointer($0) - UnsafeRawPointer(bytes) } ?? size
            if end - start > limit { return position(of: max(start - 1, 0), in: UnsafeBufferPointer(start: bytes, count: size)) }
            start = end + 1
        }
        return nil
    }

    private static func position(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for k in 0..<offset where bytes[k] == 0x0A {
            line += 1
            lineStart = k + 1
        }
        let column = bytes[lineStart..<offset].reduce(1) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
        return (line, column)
    }
}
