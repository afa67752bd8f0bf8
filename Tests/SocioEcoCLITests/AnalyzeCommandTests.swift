import Foundation
import SocioEcoFormats
import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// `socioeco analyze` through the real binary.
@Suite struct AnalyzeCommandTests {
    let earthquake = Paths.model("earthquake-response.xml")

    @Test func exitStatuses() throws {
        #expect(try socioeco("analyze", earthquake).status == 0)
        let strict = try socioeco("analyze", "--strict", "--format", "json", earthquake)
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("\"uncovered-level\""), "the report is still written")
        #expect(try socioeco("analyze", "--strict", Paths.model("cholera-epidemic-response.xml")).status == 0)
        let invalid = try socioeco("analyze", Paths.fixture("schema-invalid/missing-title.xml"))
        #expect(invalid.status == 65 && invalid.stdout.isEmpty && !invalid.stderr.isEmpty)
        #expect(try socioeco("analyze", "/nonexistent/programme.xml").status == 66)
        #expect(try socioeco("analyze", "--format", "yaml", earthquake).status == 64)
    }

    @Test func outputIsDeterministic() throws {
        for model in Paths.allModels {
            for format in ["text", "xml", "json"] {
                let a = try socioeco("analyze", "--format", format, model)
                let b = try socioeco("analyze", "--format", format, model)
                #expect(a.status == 0 && !a.stdout.isEmpty && a.stdout == b.stdout, "\(model) \(format)")
            }
        }
    }

    @Test func textFitsEightyColumnsWithoutColourWhenPiped() throws {
        for model in Paths.allModels {
            let r = try socioeco("analyze", model)
            #expect(!r.stdout.contains("\u{1B}"), "\(model)")
            for line in r.stdout.split(separator: "\n") {
                #expect(TerminalText.displayWidth(String(line)) <= 80, "\(model): \(line)")
            }
        }
        let forced = try socioeco("analyze", earthquake, environment: ["NO_COLOR": "1"])
        #expect(!forced.stdout.contains("\u{1B}"))
    }

    @Test func outputFileIsWrittenAndValidates() throws {
        let dir = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let xml = dir.appendingPathComponent("report.xml").path
        let text = dir.appendingPathComponent("report.txt").path
        let r = try socioeco("analyze", "--format", "xml", "--output", xml, earthquake)
        #expect(r.status == 0 && r.stdout.isEmpty)
        let lint = try run(try #require(Paths.tool("xmllint")),
                           ["--noout", "--schema", Paths.packageRoot.appendingPathComponent("Schemas/coverage-report.xsd").path, xml])
        #expect(lint.status == 0, "\(lint.stderr)")
        #expect(try socioeco("analyze", "-o", text, earthquake).status == 0)
        let written = try String(contentsOfFile: text, encoding: .utf8)
        #expect(written.contains("UNCOVERED") && !written.contains("\u{1B}"))
        let unwritable = try socioeco("analyze", "-o", "/nonexistent/dir/report.txt", earthquake)
        #expect(unwritable.status == 73)
    }

    @Test func hostileTextIsEscapedInEveryFormat() throws {
        let dir = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let title = "Evil \u{9B}31m \u{202E}reversed \"q\" <b>&amp; \\ \n\ttab ]]> \u{030B}"
        let p = Programme(id: "hostile", title: title, interventions: [
            Intervention(id: "a", title: "x", levels: ["child"], standards: ["15"]),
        ])
        let file = dir.appendingPathComponent("hostile.xml").path
        try Data(ProgrammeWriter().encode(p).utf8).write(to: URL(fileURLWithPath: file))

        let text = try socioeco("analyze", file)
        #expect(text.status == 0)
        #expect(!text.stdout.unicodeScalars.contains { $0.value == 0x9B || $0.value == 0x202E || $0 == "\t" })
        #expect(text.stdout.contains("\\u{9b}31m") && text.stdout.contains("\\u{202e}"))

        let json = try socioeco("analyze", "--format", "json", file)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["title"] as? String == title)

        let xmlFile = dir.appendingPathComponent("report.xml").path
        #expect(try socioeco("analyze", "--format", "xml", "-o", xmlFile, file).status == 0)
        let xmllint = try #require(Paths.tool("xmllint"))
        let schema = Paths.packageRoot.appendingPathComponent("Schemas/coverage-report.xsd").path
        #expect(try run(xmllint, ["--noout", "--schema", schema, xmlFile]).status == 0)
        let back = try run(xmllint, ["--xpath", "string(/*[local-name()='coverage-report']/*[local-name()='title'])", xmlFile])
        #expect(back.stdout == title + "\n", "xmllint prints the string and a newline")
    }
}
