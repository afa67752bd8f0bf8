internal import CLibXML2
import Foundation
@testable import SocioEcoFormats
import SocioEcoTestSupport
import Synchronization
import Testing

/// Documents that would read a local file if libxml2 loaded what they name.
private enum Hostile {
    static let secret = "file:///etc/hostname"
    static let root = "<programme xmlns=\"urn:socioeco:programme:1\" id=\"p\"><title>t</title><interventions/></programme>"
    /// Past the 64 KiB the reader's prolog scan covers, so the DOCTYPE reaches libxml2.
    static let padding = "<!--" + String(repeating: "x", count: 70_000) + "-->\n"

    static let externalSubset = "<?xml version=\"1.0\"?>\n" + padding + "<!DOCTYPE programme SYSTEM \"\(secret)\">\n" + root
    static let parameterEntity = "<?xml version=\"1.0\"?>\n" + padding
        + "<!DOCTYPE programme [<!ENTITY % pe SYSTEM \"\(secret)\"> %pe;]>\n" + root
    static let generalEntity = "<?xml version=\"1.0\"?>\n" + padding
        + "<!DOCTYPE programme [<!ENTITY ext SYSTEM \"\(secret)\">]>\n"
        + "<programme xmlns=\"urn:socioeco:programme:1\" id=\"p\"><title>&ext;</title><interventions/></programme>"
    static let xinclude = "<programme xmlns=\"urn:socioeco:programme:1\" xmlns:xi=\"http://www.w3.org/2001/XInclude\" id=\"p\">"
        + "<title>t</title><xi:include href=\"\(secret)\" parse=\"text\"/><interventions/></programme>"
    static let schemaHint = "<programme xmlns=\"urn:socioeco:programme:1\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        + " xsi:schemaLocation=\"urn:socioeco:programme:1 \(secret)\" id=\"p\"><title>t</title><interventions/></programme>"
    static let shortDoctype = "<?xml version=\"1.0\"?>\n<!DOCTYPE programme SYSTEM \"\(secret)\" [<!ENTITY % pe SYSTEM \"\(secret)\"> %pe;"
        + "<!ENTITY ext SYSTEM \"\(secret)\">]>\n<programme><title>&ext;</title></programme>"

    static let all = [externalSubset, parameterEntity, generalEntity, xinclude, schemaHint, shortDoctype]
}

private let loads = Mutex<[String]>([])
private let recordingLoader: xmlExternalEntityLoader = { url, _, _ in
    let name = url.map { String(cString: $0) } ?? "?"
    loads.withLock { $0.append(name) }
    return nil
}

extension LibXMLGlobalStateTests {
    /// The reader installs no external entity loader, because nothing it parses can reach
    /// one: DOCTYPEs are refused, and libxml2 runs without DTD loading, entity substitution
    /// or XInclude, the schema compiled from memory. These tests hold that with a loader
    /// that records every request.
    @Suite("No document reaches libxml2's external entity loader")
    struct ExternalLoadTests {
        private func withRecordingLoader(_ body: () -> Void) -> [String] {
            let previous = xmlGetExternalEntityLoader()
            xmlSetExternalEntityLoader(recordingLoader)
            defer { xmlSetExternalEntityLoader(previous) }
            loads.withLock { $0.removeAll() }
            body()
            return loads.withLock { $0 }
        }

        @Test("the recording loader sees what libxml2 loads when told to load")
        func controlLoads() {
            let requested = withRecordingLoader {
                let options = Int32(XML_PARSE_DTDLOAD.rawValue | XML_PARSE_NOENT.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
                let text = Hostile.shortDoctype
                let doc = text.withCString { xmlReadMemory($0, Int32(text.utf8.count), nil, nil, options) }
                if let doc { xmlFreeDoc(doc) }
            }
            #expect(requested.contains(Hostile.secret))
        }

        @Test("reading hostile documents from a file and from memory, in both modes, loads nothing")
        func readerLoadsNothing() throws {
            let dir = Paths.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: dir) }
            var failures = 0 // DOCTYPE documents accepted
            let requested = withRecordingLoader {
                for (k, text) in Hostile.all.enumerated() {
                    let path = dir.appendingPathComponent("hostile-\(k).xml").path
                    _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
                    for mode in [ProgrammeReader.Mode.rules, .schemaAndRules] {
                        let reader = ProgrammeReader(options: .init(mode: mode))
                        let refused = [(try? reader.read(contentsOf: path)) == nil, (try? reader.read(Array(text.utf8), name: path)) == nil]
                        if text.contains("<!DOCTYPE") { failures += refused.count(where: { !$0 }) }
                    }
                }
            }
            #expect(requested == [])
            // A DOCTYPE is refused, however far into the file.
            #expect(failures == 0)
        }

        @Test("checking output for well-formedness loads nothing, DOCTYPE or not")
        func wellFormednessLoadsNothing() {
            let requested = withRecordingLoader {
                for text in Hostile.all { _ = XMLWellFormedness.check(Array(text.utf8)) }
            }
            #expect(requested == [])
        }

        @Test("the shipped schemas import, include and redefine nothing, so compiling them loads nothing")
        func schemasStandAlone() throws {
            for schema in ShippedSchema.allCases {
                for construct in ["<xs:import", "<xs:include", "<xs:redefine", "<xs:override"] {
                    #expect(!schema.text.contains(construct), "\(schema.fileName) has \(construct)")
                }
            }
            let requested = withRecordingLoader {
                _ = try? CompiledSchema(text: ProgrammeSchema.text)
            }
            #expect(requested == [])
        }
    }
}
