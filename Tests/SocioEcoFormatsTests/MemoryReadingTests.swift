import Foundation
import SocioEcoFormats
import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// Reading from memory or a stream gives what reading the file gives, in both modes.
@Suite struct MemoryReadingTests {
    /// Every model, fixture and fuzz seed the repository holds: valid files, one-problem
    /// files and hostile ones.
    static let files: [String] = {
        let folders = ["Models", "Models/exchange", "Tests/Fixtures/schema-valid", "Tests/Fixtures/schema-invalid",
                       "Tests/Fixtures/invalid", "Tests/Fixtures/exchange", "Tests/Fixtures/fuzz/fuzz-reader",
                       "Tests/Fixtures/fuzz/fuzz-roundtrip", "Fuzz/corpus/fuzz-reader", "Fuzz/corpus/fuzz-roundtrip"]
        return folders.flatMap { folder -> [String] in
            let dir = Paths.packageRoot.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            return names.sorted().map { dir.appendingPathComponent($0).path }
                .filter { var d: ObjCBool = false; return FileManager.default.fileExists(atPath: $0, isDirectory: &d) && !d.boolValue }
        }
    }()

    func outcome(_ read: () throws(ReadFailure) -> Programme) -> Result<Programme, ReadFailure> {
        do throws(ReadFailure) { return .success(try read()) } catch { return .failure(error) }
    }

    @Test(arguments: [ProgrammeReader.Mode.rules, .schemaAndRules])
    func memoryReadsAsTheFileDoes(mode: ProgrammeReader.Mode) throws {
        #expect(Self.files.count > 100)
        let reader = ProgrammeReader(options: .init(mode: mode))
        var accepted = 0
        for path in Self.files {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            let fromFile = outcome { () throws(ReadFailure) in try reader.read(contentsOf: path) }
            let fromMemory = outcome { () throws(ReadFailure) in try reader.read(bytes, name: path) }
            #expect(fromMemory == fromFile, "\(path)")
            if case .success = fromFile { accepted += 1 }
        }
        #expect(accepted > 20 && accepted < Self.files.count)
    }

    /// libxml2 stops at a document's first fatal error, and which error it meets first
    /// depends on the pieces the bytes arrive in; the memory read hands them over in the
    /// same pieces as a file read, so a broken document gets the same messages.
    @Test(arguments: ["error-before-a-break-seen-by-chunk.xml", "bad-utf8-where-a-chunk-ends.xml"])
    func aBrokenDocumentGetsTheSameMessages(name: String) throws {
        let path = Paths.fixture("fuzz/fuzz-reader/\(name)")
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let fromFile = outcome { () throws(ReadFailure) in try ProgrammeReader().read(contentsOf: path) }
        let fromMemory = outcome { () throws(ReadFailure) in try ProgrammeReader().read(bytes, name: path) }
        guard case .failure(let f) = fromFile else { Issue.record("a broken document was accepted"); return }
        #expect(f.diagnostics.contains { $0.code == "xml" })
        #expect(fromMemory == fromFile)
    }

    @Test func aPipeIsReadWhole() throws {
        let path = Paths.model("earthquake-response.xml")
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let (readEnd, writeEnd) = (fds[0], fds[1])
        let writer = Thread {
            bytes.withUnsafeBytes { buffer in
                var done = 0
                while done < buffer.count {
                    let n = write(writeEnd, buffer.baseAddress! + done, buffer.count - done)
                    if n <= 0 { break }
                    done += n
                }
            }
            close(writeEnd)
        }
        writer.start()
        defer { close(readEnd) }
        let fromPipe = try ProgrammeReader().read(fileDescriptor: readEnd, name: "<stdin>")
        #expect(fromPipe == (try ProgrammeReader().read(contentsOf: path)))
    }

    @Test func emptyAndOversizedInputsAreRefusedInMemory() {
        let empty = outcome { () throws(ReadFailure) in try ProgrammeReader().read([], name: "<stdin>") }
        guard case .failure(let e) = empty else { Issue.record("an empty input was accepted"); return }
        #expect(e.kind == .invalid && e.diagnostics.first?.description.hasPrefix("<stdin>:1:1: error: the file is empty") == true)
        let small = ProgrammeReader(options: .init(maximumFileSize: 100))
        let big = outcome { () throws(ReadFailure) in try small.read([UInt8](repeating: 0x20, count: 101), name: "x") }
        guard case .failure(let f) = big else { Issue.record("an oversized input was accepted"); return }
        #expect(f.diagnostics.map(\.code) == ["limit"])
    }
}
