import Foundation
import SocioEcoFormats
import SocioEcoTestSupport
import Testing

/// Each of `ReaderLimits` through the real binary: just past it a file is refused with
/// exit 65 and a message naming the limit, quickly and in bounded memory.
@Suite("Resource limits are stated and kept", .serialized)
struct ResourceLimitTests {
    let head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<programme xmlns=\"urn:socioeco:programme:1\" id=\"p\">\n"

    func write(_ data: Data, name: String) throws -> String {
        let path = Paths.temporaryDirectory().appendingPathComponent(name).path
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Writes `head`, `count` copies of `unit` and `tail` a megabyte at a time, so the
    /// test process stays small: a child inherits its parent's peak memory as its own
    /// starting figure, and a bloated runner would fail every later memory check.
    func write(head: String, repeating unit: String, count: Int, tail: String, name: String) throws -> String {
        let path = Paths.temporaryDirectory().appendingPathComponent(name).path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(head.utf8)))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        let perChunk = max(1, (1 << 20) / max(1, unit.utf8.count))
        let chunk = Data(String(repeating: unit, count: perChunk).utf8)
        var left = count
        while left >= perChunk {
            try handle.write(contentsOf: chunk)
            left -= perChunk
        }
        try handle.write(contentsOf: Data((String(repeating: unit, count: left) + tail).utf8))
        try handle.close()
        return path
    }

    /// Runs `socioeco validate` and checks the refusal names the limit.
    @discardableResult
    func expectLimit(_ path: String, saying phrase: String, seconds: Double, memory: Int = 200 << 20,
                     sourceLocation: SourceLocation = #_sourceLocation) throws -> RunResult {
        let r = try socioeco("validate", path)
        #expect(r.status == 65, "\(r.stderr.prefix(500))", sourceLocation: sourceLocation)
        #expect(r.stderr.contains(phrase), "\(r.stderr.prefix(2000))", sourceLocation: sourceLocation)
        // Processor time, not the wall clock: a loaded machine must not fail a limit that holds.
        #expect(r.cpuSeconds < seconds, "took \(r.cpuSeconds) s of processor time", sourceLocation: sourceLocation)
        #expect(r.peakMemory < memory, "peak \(r.peakMemory >> 20) MB", sourceLocation: sourceLocation)
        return r
    }

    @Test("a file over 512 MiB is refused by its size, unread")
    func fileSize() throws {
        let path = Paths.temporaryDirectory().appendingPathComponent("big.xml").path
        // A sparse file: the size is what counts, and no disk is spent on it.
        #expect(FileManager.default.createFile(atPath: path, contents: Data(head.utf8)))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: UInt64(ReaderLimits.maximumFileSize + 1))
        try handle.close()
        try expectLimit(path, saying: "more than the \(ReaderLimits.maximumFileSize) bytes this tool reads", seconds: 1)
    }

    @Test("an attribute value over 1 MiB")
    func longAttribute() throws {
        var text = head.replacingOccurrences(of: "id=\"p\"", with: "id=\"p\" xmlns:x=\"urn:x\" x:note=\"")
        text += String(repeating: "a", count: ReaderLimits.maximumRunLength + 1) + "\">\n<title>t</title>\n<interventions/>\n</programme>\n"
        let path = try write(Data(text.utf8), name: "attribute.xml")
        try expectLimit(path, saying: "longer than \(ReaderLimits.maximumRunLength) bytes", seconds: 1)
    }

    @Test("a title over 1 MiB made of CDATA sections, each short")
    func piecedText() throws {
        let piece = "<![CDATA[" + String(repeating: "b", count: 31) + "]]>"
        let count = ReaderLimits.maximumRunLength / 31 + 2
        let text = head + "<title>" + String(repeating: piece, count: count) + "</title>\n<interventions/>\n</programme>\n"
        let path = try write(Data(text.utf8), name: "cdata.xml")
        try expectLimit(path, saying: "a text is longer than \(ReaderLimits.maximumRunLength) bytes", seconds: 3)
    }

    @Test("a title of more than 100,000 pieces, text and CDATA in turn")
    func manyPieces() throws {
        let text = head + "<title>" + String(repeating: "t<![CDATA[c]]>", count: ReaderLimits.maximumTextPieces / 2 + 1)
            + "</title>\n<interventions/>\n</programme>\n"
        let path = try write(Data(text.utf8), name: "pieces.xml")
        try expectLimit(path, saying: "more than \(ReaderLimits.maximumTextPieces) pieces", seconds: 3)
    }

    @Test("an extension text of 240,000 pieces reads in linear time; past 1 MiB it is refused")
    func extensionPieces() throws {
        func file(_ pieces: Int) -> String {
            head.replacingOccurrences(of: "id=\"p\"", with: "id=\"p\" xmlns:x=\"urn:x\"")
                + "<title>t</title>\n<interventions/>\n<x:data>" + String(repeating: "abcd<![CDATA[efgh]]>", count: pieces)
                + "</x:data>\n</programme>\n"
        }
        // 960 KB of text in 240,000 pieces: joining them one copy at a time took seconds.
        let fits = try write(Data(file(120_000).utf8), name: "pieces-fit.xml")
        let r = try socioeco("validate", fits)
        #expect(r.status == 0, "\(r.stderr.prefix(500))")
        #expect(r.cpuSeconds < 1.5, "took \(r.cpuSeconds) s of processor time")
        let over = try write(Data(file(ReaderLimits.maximumRunLength / 8 + 1).utf8), name: "pieces-over.xml")
        try expectLimit(over, saying: "a text is longer than \(ReaderLimits.maximumRunLength) bytes", seconds: 2)
    }

    @Test("more than 2,000,000 interventions")
    func interventions() throws {
        let path = try write(head: head + "<title>t</title>\n<interventions>\n", repeating: "<intervention/>\n",
                             count: ReaderLimits.maximumInterventions + 1, tail: "</interventions>\n</programme>\n", name: "many.xml")
        let r = try expectLimit(path, saying: "more than \(ReaderLimits.maximumInterventions) interventions", seconds: 60, memory: 1 << 30)
        // The limit is found at the intervention past it, on its line.
        #expect(r.stderr.contains("\(path):\(ReaderLimits.maximumInterventions + 5):1: error: more than"))
        // Two million schema errors are not listed one by one.
        #expect(r.stderr.contains("more problems not listed"))
        #expect(r.stderr.split(separator: "\n").count <= ReaderLimits.maximumDiagnostics + 2)
    }

    @Test("more than 2,000,000 elements and attributes of other namespaces")
    func extensionNodes() throws {
        let path = try write(head: head.replacingOccurrences(of: "id=\"p\"", with: "id=\"p\" xmlns:x=\"urn:x\"")
                                 + "<title>t</title>\n<interventions/>\n<x:data>",
                             repeating: "<x:a/>", count: ReaderLimits.maximumExtensionNodes + 1,
                             tail: "</x:data>\n</programme>\n", name: "extensions.xml")
        try expectLimit(path, saying: "more than \(ReaderLimits.maximumExtensionNodes) elements, texts and attributes of other namespaces",
                        seconds: 60, memory: 1 << 30)
    }
}
