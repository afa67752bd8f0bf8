import Foundation
import SocioEcoFormats
import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// The reader's structure checker against libxml2's XSD validator: both reading modes
/// must accept and refuse the same files, and `.rules` (no XSD) must refuse every file
/// that real `xmllint --schema` refuses.
@Suite("Structure checker against the XSD")
struct StructureCheckerTests {
    static let rules = ProgrammeReader(options: .init(mode: .rules))
    static let schema = ProgrammeReader(options: .init(mode: .schemaAndRules))

    static func memoryDiagnostics(_ reader: ProgrammeReader, _ bytes: [UInt8], _ name: String) -> [Diagnostic]? {
        do {
            _ = try reader.read(bytes, name: name)
            return nil
        } catch {
            return error.diagnostics
        }
    }

    static func diagnostics(_ reader: ProgrammeReader, _ path: String) -> [Diagnostic]? {
        do {
            _ = try reader.read(contentsOf: path)
            return nil
        } catch {
            return error.diagnostics
        }
    }

    /// Whether `withXSD` is `without` plus, perhaps, messages of libxml2's XSD validator.
    static func sameButTheXSDs(_ withXSD: [Diagnostic], _ without: [Diagnostic]) -> Bool {
        // Past a well-formedness error the modes agree on the parser's errors; of the
        // nodes just before it, the streaming reader hands out fewer than the SAX2 parser
        // makes, so the problems found in them may differ.
        let parserErrors = { (d: [Diagnostic]) in d.filter { $0.code == "xml" } }
        if !parserErrors(without).isEmpty { return parserErrors(withXSD) == parserErrors(without) }
        var extra = withXSD[...]
        for d in without {
            guard let i = extra.firstIndex(of: d) else { return false }
            extra.remove(at: i)
        }
        return extra.allSatisfy { $0.code == "schema" }
    }

    static var invalidFixtures: [String] {
        ["schema-invalid", "invalid"].flatMap { dir in
            ((try? FileManager.default.contentsOfDirectory(atPath: Paths.fixture(dir))) ?? [])
                .filter { $0.hasSuffix(".xml") }.sorted().map { Paths.fixture("\(dir)/\($0)") }
        }
    }

    @Test("every invalid fixture is refused in both modes, with the same diagnostics", arguments: invalidFixtures)
    func invalidFixture(path: String) {
        let withSchema = Self.diagnostics(Self.schema, path)
        let withoutSchema = Self.diagnostics(Self.rules, path)
        #expect(withSchema != nil && withoutSchema != nil)
        #expect(withSchema == withoutSchema)
        if path.contains("schema-invalid") { #expect(withoutSchema?.count == 1, "\(withoutSchema ?? [])") }
    }

    @Test("every valid fixture and model is accepted in both modes",
          arguments: ["minimal", "custom-framework", "custom-framework-guidance", "foreign-extensions", "free-text"].map { Paths.fixture("schema-valid/\($0).xml") } + Paths.allModels)
    func validFile(path: String) {
        #expect(Self.diagnostics(Self.schema, path) == nil)
        #expect(Self.diagnostics(Self.rules, path) == nil)
    }

    @Test("an extension before <depends-on> is refused, though libxml2 2.9.14 accepts it")
    func extensionBeforeDependsOn() {
        let path = temporaryFile(programmeHead + """
                <intervention id="a">
                  <title>x</title>
                  <level ref="child"/>
                  <x:note xmlns:x="urn:example:x"/>
                  <depends-on ref="b"/>
                </intervention>
                <intervention id="b">
                  <title>y</title>
                  <level ref="child"/>
                </intervention>

            """ + programmeTail)
        for reader in [Self.rules, Self.schema] {
            let d = Self.diagnostics(reader, path) ?? []
            #expect(d.map { "\($0.line):\($0.column)" } == ["8:7"])
        }
    }

    @Test("2,000 small mutations: the checker's verdict is xmllint's, plus the semantic rules, from a file or from memory")
    func mutations() throws {
        guard let xmllint = Paths.tool("xmllint") else {
            Issue.record("xmllint is not installed (Debian libxml2-utils)")
            return
        }
        var bases = ["custom-framework", "foreign-extensions", "free-text"].compactMap {
            try? String(contentsOfFile: Paths.fixture("schema-valid/\($0).xml"), encoding: .utf8)
        }
        for seed in 1...3 as ClosedRange<UInt64> {
            var generator = ProgrammeGenerator(seed: seed, maximumInterventions: 6, hostileText: false)
            bases.append(ProgrammeWriter().encode(generator.programme()))
        }
        var rng = SplitMix64(seed: 2024)
        let dir = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var files: [(path: String, mutation: String)] = []
        for n in 0..<2000 {
            let base = bases[n % bases.count]
            var mutator = LineMutator(lines: base.components(separatedBy: "\n"))
            let mutation = mutator.mutate(using: &rng)
            let path = dir.appendingPathComponent("m\(n).xml").path
            try Data(mutator.lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
            files.append((path, mutation))
        }
        let schemaPath = Paths.packageRoot.appendingPathComponent("Schemas/programme.xsd").path
        var schemaValid: Set<String> = []
        for start in stride(from: 0, to: files.count, by: 250) {
            let batch = files[start..<min(start + 250, files.count)].map(\.path)
            let r = try run(xmllint, ["--noout", "--schema", schemaPath] + batch)
            for line in r.stderr.split(separator: "\n") where line.hasSuffix(" validates") {
                schemaValid.insert(String(line.dropLast(" validates".count)))
            }
        }
        var disagreements: [String] = []
        var refused = 0
        for (path, mutation) in files {
            let withoutSchema = Self.diagnostics(Self.rules, path)
            let withSchema = Self.diagnostics(Self.schema, path)
            if withoutSchema != nil { refused += 1 }
            let structural = withoutSchema?.filter { $0.code == "schema" || $0.code == "root" } ?? []
            let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            // libxml2 2.9.14 lets an element of another namespace stand before a
            // <depends-on> (the xmlschema engine refuses it, as the format does).
            let libxml2Bug = structural.count == 1 && structural[0].message.contains("stands before <depends-on>")
            if schemaValid.contains(path) && !structural.isEmpty && !libxml2Bug {
                disagreements.append("\(mutation): xmllint accepts, the checker says \(structural.map(\.message))\n\(text)")
            } else if !schemaValid.contains(path) && withoutSchema == nil {
                disagreements.append("\(mutation): xmllint refuses, the checker accepts\n\(text)")
            } else if (withSchema == nil) != (withoutSchema == nil) {
                disagreements.append("\(mutation): the two modes disagree: \(withSchema ?? []) vs \(withoutSchema ?? [])\n\(text)")
            } else if !Self.sameButTheXSDs(withSchema ?? [], withoutSchema ?? []) {
                // The modes read through different libxml2 interfaces (the streaming
                // reader, its SAX2 parser): everything but the XSD's own messages is the same.
                disagreements.append("\(mutation): the two modes say different things: \(withSchema ?? []) vs \(withoutSchema ?? [])\n\(text)")
            } else if Self.memoryDiagnostics(Self.rules, [UInt8]((try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()), path) != withoutSchema {
                disagreements.append("\(mutation): reading from memory disagrees with reading the file\n\(text)")
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.count) disagreements; first:\n\(disagreements.prefix(3).joined(separator: "\n----\n"))")
        // The mutations must exercise both verdicts.
        #expect(refused > 500 && refused < 1900, "\(refused) of 2000 refused")
    }
}
