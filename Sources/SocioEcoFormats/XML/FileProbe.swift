/// Small file checks done before libxml2 sees a file, so that each failure gets its
/// own plain message.
enum FileProbe {
    enum Kind {
        /// A regular file of this many bytes.
        case regular(Int)
        /// A pipe, terminal or device: its size is known only once read.
        case stream
        case failure(String)
    }

    static func probe(_ path: String) -> Kind {
        let status: SystemCalls.FileStatus
        do { status = try SystemCalls.status(ofPath: path) } catch {
            return .failure(error.isNoSuchFile ? "no such file" : "cannot read the file: \(error)")
        }
        if status.kind == .directory { return .failure("this is a folder, not a programme file") }
        guard SystemCalls.isReadable(path) else { return .failure("cannot read the file: permission denied") }
        return status.kind == .regular ? .regular(status.size) : .stream
    }
}

/// Looks for a DOCTYPE in the prolog without parsing it, so that a file with one is
/// refused before libxml2 reads a single declaration.
enum PrologScanner {
    static func findDoctype(in source: SourceBytes) -> (line: Int, column: Int)? {
        source.withBytes { bytes in
            // A prolog is short; past this much the element or libxml2's own DOCTYPE node
            // (which the reader also refuses) takes over.
            findDoctype(UnsafeBufferPointer(rebasing: bytes.prefix(1 << 16)))
        }
    }

    private static func findDoctype(_ b: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int)? {
        let n = b.count
        var i = 0
        var line = 1, lineStart = 0
        if n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF { i = 3; lineStart = 3 }
        func starts(_ s: String) -> Bool {
            let u = Array(s.utf8)
            return i + u.count <= n && b[i..<(i + u.count)].elementsEqual(u)
        }
        func skipPast(_ s: String) -> Bool {
            let u = Array(s.utf8)
            while i + u.count <= n {
                if b[i] == 0x0A { line += 1; lineStart = i + 1 }
                if b[i..<(i + u.count)].elementsEqual(u) { i += u.count; return true }
                i += 1
            }
            return false
        }
        while i < n {
            switch b[i] {
            case 0x0A:
                line += 1; lineStart = i + 1; i += 1
            case 0x20, 0x09, 0x0D:
                i += 1
            case UInt8(ascii: "<"):
                if starts("<?") { guard skipPast("?>") else { return nil } }
                else if starts("<!--") { guard skipPast("-->") else { return nil } }
                else if starts("<!DOCTYPE") || starts("<!doctype") {
                    let column = b[lineStart..<i].filter { $0 & 0xC0 != 0x80 }.count + 1
                    return (line, column)
                } else { return nil }
            default:
                return nil
            }
        }
        return nil
    }
}

/// Recognises a compressed file or archive by its first bytes, so that it gets a message
/// that says so rather than libxml2's "Document is empty".
enum CompressionSniffer {
    /// What a user should do with the file, when it is compressed.
    static func advice(for source: SourceBytes) -> String? {
        source.withBytes { bytes -> String? in
            func starts(_ magic: [UInt8]) -> Bool { bytes.count >= magic.count && bytes.prefix(magic.count).elementsEqual(magic) }
            if starts([0x1F, 0x8B]) { return "this file is compressed with gzip; decompress it first (gunzip) and read the .xml file it holds" }
            if starts([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) { return "this file is compressed with xz; decompress it first (unxz) and read the .xml file it holds" }
            if starts([0x42, 0x5A, 0x68]) { return "this file is compressed with bzip2; decompress it first (bunzip2) and read the .xml file it holds" }
            if starts([0x28, 0xB5, 0x2F, 0xFD]) { return "this file is compressed with zstd; decompress it first (unzstd) and read the .xml file it holds" }
            if starts([0x50, 0x4B, 0x03, 0x04]) { return "this is a zip archive; extract the programme's .xml file from it first" }
            return nil
        }
    }
}
