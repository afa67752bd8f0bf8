import Foundation
import SocioEcoFormats
import SocioEcoModel
import Testing

/// libxml2's messages reach the user reworded: what went wrong in plain words, the bytes
/// named, our namespace left out. The rewording searches by bytes, so what precedes or
/// follows a phrase (combining marks, other scripts) does not change it.
@Suite struct DiagnosticWordingTests {
    func failure(_ text: [UInt8]) -> ReadFailure? {
        do throws(ReadFailure) { _ = try ProgrammeReader().read(text, name: "p.xml"); return nil } catch { return error }
    }

    func document(title: [UInt8], extra: String = "") -> [UInt8] {
        Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<programme xmlns=\"urn:socioeco:programme:1\" id=\"p\"\(extra)>\n<title>".utf8)
            + title + Array("</title>\n<interventions/>\n</programme>\n".utf8)
    }

    @Test func badUTF8NamesTheBytes() throws {
        let f = try #require(failure(document(title: Array("Caf".utf8) + [0xC3, 0x28] + Array("\u{30B} شبكة".utf8))))
        let message = try #require(f.diagnostics.first { $0.code == "xml" }?.message)
        #expect(message.hasPrefix("the text here is not valid UTF-8 (bytes 0xC3 0x28"), "\(message)")
        #expect(message.hasSuffix("; save the file as UTF-8"), "\(message)")
        #expect(f.diagnostics.first?.line == 3)
    }

    @Test func tooDeepIsSaidPlainly() throws {
        let deep = String(repeating: "<x:a>", count: 300) + String(repeating: "</x:a>", count: 300)
        let text = Array("<?xml version=\"1.0\"?>\n<programme xmlns=\"urn:socioeco:programme:1\" xmlns:x=\"urn:x\" id=\"p\"><title>t</title>\(deep)</programme>".utf8)
        let f = try #require(failure(text))
        #expect(f.diagnostics.contains { $0.message.hasPrefix("elements are nested more than 256 deep") }, "\(f.diagnostics)")
    }

    @Test func anAmpersandInANamespaceNameReadsBackAsWritten() throws {
        for uri in ["urn:a&b", "urn:&#38;&&", "urn:\u{30B}&x"] {
            let escaped = uri.replacingOccurrences(of: "&", with: "&amp;")
            let text = document(title: Array("t".utf8), extra: " xmlns:e=\"\(escaped)\" e:note=\"n\"")
            let p = try ProgrammeReader().read(text, name: "p.xml")
            let attribute = try #require(p.annotations.values.compactMap(\.foreignAttributes).flatMap { $0 }.first)
            #expect(attribute.name.namespaceURI == uri)
            let again = try ProgrammeReader().read(Array(ProgrammeWriter().encode(p).utf8), name: "again.xml")
            #expect(again == p)
        }
    }
}
