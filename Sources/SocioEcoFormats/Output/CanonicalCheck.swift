/// Reads a whole file for a byte comparison with what the writer would produce.
public enum CanonicalCheck {
    public static func bytes(of path: String) -> [UInt8]? {
        guard let fd = try? SystemCalls.openForReading(path) else { return nil }
        defer { try? SystemCalls.close(fd) }
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            guard let n = try? buffer.withUnsafeMutableBytes({ (b) throws(SystemError) in try SystemCalls.read(fd, into: b) }) else { return nil }
            if n == 0 { return result }
            result.append(contentsOf: buffer[0..<n])
        }
    }
}
