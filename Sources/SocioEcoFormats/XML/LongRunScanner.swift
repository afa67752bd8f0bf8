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
    static func firstRun(longerThan limit: Int, in source: SourceBytes) -> (line: Int, column: Int)? {
        source.withBytes { bytes -> (line: Int, column: Int)? in
            let size = bytes.count
            guard size > limit else { return nil }
            var start = 0
            while start < size {
                let rest = UnsafeBufferPointer(rebasing: bytes[start...])
                let end = SystemCalls.firstOffset(of: UInt8(ascii: "<"), in: rest).map { start + $0 } ?? size
                if end - start > limit { return position(of: max(start - 1, 0), in: bytes) }
                start = end + 1
            }
            return nil
        }
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
