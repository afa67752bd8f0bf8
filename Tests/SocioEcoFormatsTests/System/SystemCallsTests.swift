import Foundation
import SocioEcoFormats
import SocioEcoTestSupport
import Testing

@Suite("System calls")
struct SystemCallsTests {
    @Test("a file written, inspected, read back, renamed and removed through SystemCalls")
    func fileRoundTrip() throws {
        let dir = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("a.bin").path
        let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }

        let out = try SystemCalls.openForWriting(path, permissions: 0o640)
        let failure = bytes.withUnsafeBytes { b -> SystemError? in
            do throws(SystemError) { try SystemCalls.writeAll(out, b) } catch { return error }
            return nil
        }
        #expect(failure == nil)
        try SystemCalls.close(out)

        let status = try SystemCalls.status(ofPath: path)
        #expect(status.kind == .regular && status.size == bytes.count && status.permissions == 0o640)
        #expect(try SystemCalls.status(ofPath: dir.path).kind == .directory)
        #expect(SystemCalls.isReadable(path))
        #expect(CanonicalCheck.bytes(of: path) == bytes)

        let fd = try SystemCalls.openForReading(path)
        let mapped = SystemCalls.withMappedFile(fd, size: bytes.count) { Array($0) }
        #expect(mapped == bytes)
        try SystemCalls.close(fd)

        let moved = dir.appendingPathComponent("b.bin").path
        try SystemCalls.rename(path, to: moved)
        #expect(SystemCalls.directoryEntries(dir.path).contains("b.bin"))
        SystemCalls.remove(moved)
        #expect(!SystemCalls.directoryEntries(dir.path).contains("b.bin"))
    }

    @Test("a failure carries the system's error: a missing file says so")
    func missingFile() {
        #expect(throws: SystemError.self) { try SystemCalls.openForReading("/nonexistent/socioeco/x.xml") }
        do {
            _ = try SystemCalls.status(ofPath: "/nonexistent/socioeco/x.xml")
            Issue.record("a missing file has a status")
        } catch {
            #expect(error.isNoSuchFile)
            #expect(!error.description.isEmpty)
        }
    }

    @Test("the first byte found is the first occurrence")
    func firstOffset() {
        let bytes: [UInt8] = Array("abc<def<".utf8)
        bytes.withUnsafeBufferPointer { b in
            #expect(SystemCalls.firstOffset(of: UInt8(ascii: "<"), in: b) == 3)
            #expect(SystemCalls.firstOffset(of: UInt8(ascii: "z"), in: b) == nil)
        }
    }
}
