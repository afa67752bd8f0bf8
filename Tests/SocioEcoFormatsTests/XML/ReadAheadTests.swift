import Foundation
import SocioEcoFormats
import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// libxml2 reads a programme file on a thread of its own, ahead of the builder; what a
/// read reports must not depend on how far ahead it got.
@Suite struct ReadAheadTests {
    /// Each mode, with every file read ahead on a thread and with every file read on the
    /// caller's thread.
    static let readers = [ProgrammeReader.Mode.rules, .schemaAndRules].flatMap { mode in
        [0, Int.max].map { ProgrammeReader(options: .init(mode: mode, readAheadFrom: $0)) }
    }

    static let head = """
        <?xml version="1.0" encoding="UTF-8"?>
        <programme xmlns="urn:socioeco:programme:1" id="p">

        """

    @Test("a read stopped at a limit reports nothing libxml2 met well past it", arguments: readers)
    func limitHidesWhatLiesPast(reader: ProgrammeReader) throws {
        // The title passes the piece limit. An unknown attribute, broken structure and a
        // broken tag follow, past what libxml2's own reader parses ahead (a few KiB) but
        // well within the nodes the thread reads ahead.
        let pieces = String(repeating: "t<![CDATA[c]]>", count: ReaderLimits.maximumTextPieces / 2 + 1)
        var between = ""
        for n in 0..<1_000 { between += "<intervention id=\"i\(n)\"><title>x</title><level ref=\"child\"/></intervention>\n" }
        let text = Self.head + "<title>" + pieces + "</title>\n<interventions>\n" + between
            + "<intervention id=\"a\" bogus=\"1\"><title>x</title></intervention>\n<b></c>\n"
            + "</interventions>\n</programme>\n"
        let failure = try #require(throws: ReadFailure.self) { try reader.read(Array(text.utf8), name: "p.xml") }
        #expect(failure.diagnostics.count == 1)
        #expect(failure.diagnostics.first?.code == "limit")
        #expect(failure.diagnostics.first?.message.contains("more than \(ReaderLimits.maximumTextPieces) pieces") == true)
    }

    @Test("problems spread over many batches are each reported where the file has them", arguments: readers)
    func problemsAcrossBatches(reader: ProgrammeReader) throws {
        var text = Self.head + "<title>t</title>\n<interventions>\n"
        var expected: [Int] = []
        var line = 5
        for n in 0..<12_000 {
            if n % 1_500 == 7 {
                text += "<intervention id=\"i\(n)\" bogus=\"\(n)\"><title>x</title><level ref=\"child\"/></intervention>\n"
                expected.append(line)
            } else {
                text += "<intervention id=\"i\(n)\"><title>x</title><level ref=\"child\"/></intervention>\n"
            }
            line += 1
        }
        text += "</interventions>\n</programme>\n"
        let failure = try #require(throws: ReadFailure.self) { try reader.read(Array(text.utf8), name: "p.xml") }
        #expect(failure.diagnostics.map(\.line) == expected)
        #expect(failure.diagnostics.allSatisfy { $0.message.contains("bogus") })
    }

    @Test("a file past libxml2's patience fails the same way, however far ahead it read", arguments: readers)
    func truncatedFile(reader: ProgrammeReader) throws {
        var text = Self.head + "<title>t</title>\n<interventions>\n"
        for n in 0..<5_000 { text += "<intervention id=\"i\(n)\"><title>x</title><level ref=\"child\"/></intervention>\n" }
        text += "<intervention id=\"last\"><title>unfinished"
        let failure = try #require(throws: ReadFailure.self) { try reader.read(Array(text.utf8), name: "p.xml") }
        #expect(failure.diagnostics.count == 1)
        #expect(failure.diagnostics.first?.line == 5_005)
        #expect(failure.diagnostics.first?.message.contains("the file ends before the document does") == true)
    }

    @Test("an encoding libxml2 cannot read is named, though opening and reading run on two threads", arguments: readers)
    func unreadableEncoding(reader: ProgrammeReader) throws {
        // UCS-4 in an unusual byte order: libxml2 fails as it opens the document.
        let failure = try #require(throws: ReadFailure.self) { try reader.read([0x00, 0x3C, 0x00, 0x00], name: "p.xml") }
        #expect(failure.diagnostics.count == 1)
        #expect(failure.diagnostics.first?.line == 1)
        #expect(failure.diagnostics.first?.message.contains("encoding not supported") == true)
    }

    /// Every broken and valid file the tests hold, and the fuzz findings: read on a
    /// thread of its own or on the caller's, each gives the same programme or the same
    /// problems, word for word.
    @Test(arguments: [ProgrammeReader.Mode.rules, .schemaAndRules])
    func readOnEitherThreadEveryFileReportsTheSame(mode: ProgrammeReader.Mode) throws {
        let threaded = ProgrammeReader(options: .init(mode: mode, readAheadFrom: 0))
        let inline = ProgrammeReader(options: .init(mode: mode, readAheadFrom: .max))
        enum Outcome: Equatable {
            case read(Programme)
            case failed(String)
        }
        func outcome(_ reader: ProgrammeReader, _ bytes: [UInt8], _ name: String) -> Outcome {
            do { return .read(try reader.read(bytes, name: name)) } catch { return .failed(String(describing: error)) }
        }
        var files: [String] = []
        for folder in ["invalid", "schema-invalid", "schema-valid", "fuzz/fuzz-reader", "fuzz/fuzz-roundtrip"] {
            let root = Paths.fixture(folder)
            guard let walk = FileManager.default.enumerator(atPath: root) else { continue }
            for case let relative as String in walk { files.append(root + "/" + relative) }
        }
        var compared = 0
        for path in files {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
                  let data = FileManager.default.contents(atPath: path) else { continue }
            let bytes = [UInt8](data)
            #expect(outcome(threaded, bytes, "p.xml") == outcome(inline, bytes, "p.xml"), "\(path)")
            compared += 1
        }
        #expect(compared > 50)
    }
}
