#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file for a byte comparison with what the writer would produce.
public enum CanonicalCheck {
    public static func bytes(of path: String) -> [UInt8]? {
        guard let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = fread(&buffer, 1, buffer.count, f)
            if n <= 0 { break }
            result.append(contentsOf: buffer[0..<n])
        }
        return ferror(f) == 0 ? result : nil
    }
}
