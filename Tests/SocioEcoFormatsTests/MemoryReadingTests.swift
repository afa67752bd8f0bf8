import Foundation
import SocioEcoFormats
import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// Reading from memory or a stream gives what reading the file gives, in both modes.
/// (A file that is not well-formed may show more structure problems before its XML
/// error from memory: see `aBreakInTheXMLIsReportedBothWays`.)
@Suite struct MemoryReadingTests {
    /// Every model, fixture and fuzz seed the repository holds: valid files, one-problem
    /// files and hostile ones. (The reader's fuzz findings are replayed by FuzzTests,
    /// which hold them to the same agreement as the fuzz target does.)
    static let files: [String] = {
        let folders = ["Models", "Models/exchange", "Tests/Fixtures/schema-valid", "Tests/Fixtures/schema-invalid",
                       "Tests/Fixtures/invalid", "Tests/Fixtures/exchange",
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

    /// libxml2 stops at the first fatal error, and how far its stream got before then
    /// depends on how the bytes arrive (a file in 4,000-byte reads, a buffer whole): the
    /// structure problems seen before the break may differ, the XML errors may not.
    @Test func aBreakInTheXMLIsReportedBothWays() throws {
        let path = Paths.fixture("fuzz/fuzz-reader/error-before-a-break-seen-by-chunk.xml")
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let fromFile = outcome { () throws(ReadFailure) in try ProgrammeReader().read(contentsOf: path) }
        let fromMemory = outcome { () throws(ReadFailure) in try ProgrammeReader().read(bytes, name: path) }
        guard case .failure(let f) = fromFile, case .failure(let m) = fromMemory else {
            Issue.record("a file that is not well-formed was accepted")
            return
        }
        let xml = f.diagnostics.filter { $0.code == "xml" }
        #expect(!xml.isEmpty && xml == m.diagnostics.filter { $0.code == "xml" })
        #expect(Set(f.diagnostics).isSubset(of: Set(m.diagnostics)))
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
