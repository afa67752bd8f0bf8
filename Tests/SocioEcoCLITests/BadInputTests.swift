import Foundation
import SocioEcoTestSupport
import Testing

/// Hostile and broken files through the real binary: each is refused with exit 65 and
/// located messages, quickly, in little memory, with nothing else printed.
@Suite("Bad input is refused cleanly", .serialized)
struct BadInputTests {
    /// Runs `socioeco validate path` and checks everything a refusal must be.
    /// - Parameter positions: `line:column` pairs that must each start a diagnostic.
    @discardableResult
    func expectRefused(_ path: String, at positions: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> RunResult {
        let r = try socioeco("validate", path)
        #expect(r.status == 65, "\(r.stderr)", sourceLocation: sourceLocation)
        let lines = r.stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        // One summary line and nothing else on standard output: no partial model.
        let noun = lines.count == 1 ? "problem" : "problems"
        #expect(r.stdout == "\(path): invalid, \(lines.count) \(noun)\n", sourceLocation: sourceLocation)
        for line in lines {
            #expect(line.hasPrefix("\(path):") && line.contains(": error: "), "\(line)", sourceLocation: sourceLocation)
        }
        for position in positions {
            #expect(lines.contains { $0.hasPrefix("\(path):\(position): error: ") }, "\(position) missing in \(r.stderr)", sourceLocation: sourceLocation)
        }
        #expect(r.seconds < 2, sourceLocation: sourceLocation)
        // A real figure, not an empty one: the binary alone takes a few MB.
        #expect(r.peakMemory > 1 << 20 && r.peakMemory < 200 << 20, "peak \(r.peakMemory) bytes", sourceLocation: sourceLocation)
        return r
    }

    func invalid(_ name: String) -> String { Paths.fixture("invalid/\(name)") }

    @Test("an empty file")
    func empty() throws {
        let path = Paths.temporaryDirectory().appendingPathComponent("empty.xml").path
        _ = FileManager.default.createFile(atPath: path, contents: Data())
        let r = try expectRefused(path, at: ["1:1"])
        #expect(r.stderr.contains("empty"))
    }

    /// libxml2 would decompress these on its own, past the size limit and the checks
    /// made on a file's bytes; they are refused with what to do instead.
    @Test("a compressed file", arguments: ["gzip", "xz"])
    func compressed(format: String) throws {
        let r = try expectRefused(invalid("\(format)-compressed.xml"), at: ["1:1"])
        #expect(r.stderr.contains("compressed with \(format); decompress it first"))
        let piped = try socioeco("analyze", "-", input: try Data(contentsOf: URL(fileURLWithPath: invalid("\(format)-compressed.xml"))))
        #expect(piped.status == 65 && piped.stderr.hasPrefix("<stdin>:1:1: error: this file is compressed with \(format)"))
    }

    @Test("a truncated file")
    func truncated() throws {
        let r = try expectRefused(invalid("truncated.xml"), at: ["7:22"])
        #expect(r.stderr.contains("truncated"))
    }

    @Test("a model cut at any of 60 places is refused with one located message")
    func cutAnywhere() throws {
        let model = try Data(contentsOf: URL(fileURLWithPath: Paths.model("earthquake-response.xml")))
        let dir = Paths.temporaryDirectory()
        for k in 0..<60 {
            let cut = 1 + k * (model.count - 3) / 60
            let path = dir.appendingPathComponent("cut-\(cut).xml").path
            _ = FileManager.default.createFile(atPath: path, contents: model.prefix(cut))
            let r = try socioeco("validate", "--quiet", path)
            #expect(r.status == 65, "cut at \(cut)")
            #expect(r.stderr.split(separator: "\n").count == 1, "cut at \(cut): \(r.stderr)")
            #expect(r.stderr.hasPrefix("\(path):"), "cut at \(cut): \(r.stderr)")
            #expect(!r.stderr.contains("xmlschemas.c"), "cut at \(cut): \(r.stderr)")
        }
    }

    @Test("bytes that are not UTF-8")
    func invalidUTF8() throws {
        let r = try expectRefused(invalid("invalid-utf8.xml"), at: ["4:13"])
        #expect(r.stderr.contains("not valid UTF-8"))
    }

    @Test("the wrong namespace")
    func wrongNamespace() throws {
        let r = try expectRefused(invalid("wrong-namespace.xml"), at: ["3:1"])
        #expect(r.stderr.contains("urn:socioeco:programme:1"))
    }

    @Test("a DOCTYPE with an external entity never reads the file it names")
    func externalEntity() throws {
        let r = try expectRefused(invalid("external-entity.xml"), at: ["3:1"])
        #expect(r.stderr.contains("DOCTYPE"))
        #expect(!r.stderr.contains("root:") && !r.stdout.contains("root:"))
    }

    @Test("a billion-laughs entity bomb")
    func billionLaughs() throws {
        let r = try expectRefused(invalid("billion-laughs.xml"), at: ["3:1"])
        #expect(!r.stderr.contains("lollol"))
    }

    @Test("elements nested 200,000 deep, on one line and on many")
    func deepNesting() throws {
        let dir = Paths.temporaryDirectory()
        for separator in ["", "\n"] {
            var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<programme xmlns=\"urn:socioeco:programme:1\" id=\"p\">\n"
            text += String(repeating: "<a>" + separator, count: 200_000) + String(repeating: "</a>" + separator, count: 200_000)
            text += "</programme>\n"
            let path = dir.appendingPathComponent("deep-\(separator.isEmpty ? "line" : "lines").xml").path
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            let r = try expectRefused(path, at: [separator.isEmpty ? "3:771" : "259:3"])
            #expect(r.stderr.contains("nested more than 256 deep"))
        }
    }

    @Test("a 60 MB text node")
    func hugeText() throws {
        let path = Paths.temporaryDirectory().appendingPathComponent("huge.xml").path
        var data = Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<programme xmlns=\"urn:socioeco:programme:1\" id=\"p\">\n  <title>".utf8)
        data.append(Data(repeating: UInt8(ascii: "x"), count: 60 << 20))
        data.append(Data("</title>\n  <interventions/>\n</programme>\n".utf8))
        try data.write(to: URL(fileURLWithPath: path))
        let r = try expectRefused(path, at: ["3:3"])
        #expect(r.stderr.contains("longer than"))
    }

    @Test("a 2 MB title: refused at once, not validated slowly")
    func longTitle() throws {
        let path = Paths.temporaryDirectory().appendingPathComponent("long.xml").path
        let text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<programme xmlns=\"urn:socioeco:programme:1\" id=\"p\">\n  <title>"
            + String(repeating: "é", count: 1 << 20) + "</title>\n  <interventions/>\n</programme>\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let r = try expectRefused(path, at: ["3:3"])
        #expect(r.seconds < 0.5)
    }

    @Test("dangling refs of every kind")
    func danglingRefs() throws {
        try expectRefused(invalid("dangling-refs.xml"), at: ["9:5", "11:7", "12:7", "13:7", "14:7"])
    }

    @Test("duplicate ids of every kind")
    func duplicateIDs() throws {
        let r = try expectRefused(invalid("duplicate-ids.xml"), at: ["8:5", "16:5", "19:7"])
        #expect(r.stderr.contains("first declared at line 6, column 5"))
    }

    @Test("a dependency cycle, reported once")
    func dependencyCycle() throws {
        let r = try expectRefused(invalid("dependency-cycle.xml"), at: ["9:7"])
        #expect(r.stderr.split(separator: "\n").count == 1)
    }

    @Test("ten different errors, all reported with their places")
    func tenErrors() throws {
        let r = try expectRefused(invalid("ten-errors.xml"),
                                  at: ["3:1", "5:3", "8:5", "11:5", "13:7", "14:7", "15:7", "17:5", "20:7"])
        #expect(r.stderr.split(separator: "\n").count == 10)
        #expect(r.stderr.components(separatedBy: ":5:3: error: ").count == 3)
    }

    /// A fixture of places and dates, where its one problem stands, and what it says.
    static let placeFixtures: [(String, String, String)] = [
        ("place-cycle.xml", "7:5", "places lie inside each other in a cycle: teknaf -> ukhiya -> teknaf"),
        ("dangling-parent.xml", "7:5", "parent place 'coxs-bazar' of place 'teknaf' is not declared; add it under <places>"),
        ("duplicate-pcode.xml", "8:5", "pcode 'BD202290', already given to place 'teknaf'; give each place its own pcode (first declared at line 7, column 5)"),
        ("admin-level-order.xml", "8:5", "admin level must be greater than its parent's (the parent is at line 7, column 5)"),
        ("dangling-place-ref.xml", "13:7", "place 'ukhiya' of intervention 'cfs-01' is not declared"),
        ("repeated-place.xml", "14:7", "intervention 'cfs-01' names place 'teknaf' twice"),
        ("start-after-end.xml", "10:5", "starts on 2024-07-01 but ends on 2024-06-30; its start must not be after its end (its start attribute)"),
        ("date-outside-context.xml", "10:5", "ends on 2025-01-31, after the context ends on 2024-12-31; its dates must lie inside the context's (its end attribute)"),
    ]

    @Test("places and dates that break the format's rules, each reported once where it stands", arguments: placeFixtures)
    func placesAndDates(name: String, position: String, says: String) throws {
        let r = try expectRefused(invalid(name), at: [position])
        #expect(r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
        #expect(r.stderr.contains(says), "\(r.stderr)")
    }
}
