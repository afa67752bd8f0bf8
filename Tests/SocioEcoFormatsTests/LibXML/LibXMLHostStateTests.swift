internal import CLibXML2
import Foundation
@testable import SocioEcoFormats
import SocioEcoTestSupport
import Synchronization
import Testing

/// Calls to the host's handlers and loader these tests install; C callbacks cannot
/// capture, so the counts are globals.
private let hostErrorCalls = Atomic<Int>(0)
private let loaderCalls = Atomic<Int>(0)

/// What a host application set in libxml2, compared before and after a read.
private struct HostSettings: Equatable {
    var structured: UnsafeRawPointer?
    var structuredContext: UnsafeMutableRawPointer?
    var generic: UnsafeRawPointer?
    var genericContext: UnsafeMutableRawPointer?
    var loader: UnsafeRawPointer?

    static var current: HostSettings {
        // Installing returns what was there; putting it straight back changes nothing.
        let now = socioeco_install_error_handlers(nil, nil)
        socioeco_restore_error_handlers(now)
        return HostSettings(
            structured: now.structured.map { unsafeBitCast($0, to: UnsafeRawPointer.self) },
            structuredContext: now.structuredContext,
            generic: withUnsafeBytes(of: now) { $0.load(fromByteOffset: 0, as: UnsafeRawPointer?.self) },
            genericContext: now.genericContext,
            loader: xmlGetExternalEntityLoader().map { unsafeBitCast($0, to: UnsafeRawPointer.self) })
    }
}

private let hostStructuredHandler: xmlStructuredErrorFunc = { _, _ in hostErrorCalls.add(1, ordering: .relaxed) }
private let countingLoader: xmlExternalEntityLoader = { _, _, _ in
    loaderCalls.add(1, ordering: .relaxed)
    return nil
}

extension LibXMLGlobalStateTests {
    /// The reader in an application that set libxml2 up its own way: reading leaves the
    /// application's settings as it found them, calls none of its handlers, and never asks
    /// for an external resource.
    @Suite("Reading leaves a host's libxml2 settings alone")
    struct LibXMLHostStateTests {
        /// Valid and broken files, from a path and from memory, in both modes.
        private func readSamples() {
            let files = [Paths.model("earthquake-response.xml"), Paths.fixture("invalid/truncated.xml"),
                         Paths.fixture("invalid/undeclared-prefix-element.xml"), Paths.fixture("invalid/ten-errors.xml")]
            for mode in [ProgrammeReader.Mode.rules, .schemaAndRules] {
                let reader = ProgrammeReader(options: .init(mode: mode))
                for file in files {
                    _ = try? reader.read(contentsOf: file)
                    if let bytes = FileManager.default.contents(atPath: file) { _ = try? reader.read(Array(bytes), name: file) }
                }
            }
            _ = XMLWellFormedness.check(Array("<a><b></a>".utf8))
        }

        @Test("a host's error handlers and entity loader are the same after reading valid and broken files, and never called")
        func hostHandlersKept() {
            let sentinel = UnsafeMutableRawPointer(bitPattern: 0x5EC0)
            let saved = socioeco_install_error_handlers(hostStructuredHandler, sentinel)
            defer { socioeco_restore_error_handlers(saved) }
            let previousLoader = xmlGetExternalEntityLoader()
            xmlSetExternalEntityLoader(countingLoader)
            defer { xmlSetExternalEntityLoader(previousLoader) }

            let before = HostSettings.current
            #expect(before.structuredContext == sentinel)
            hostErrorCalls.store(0, ordering: .relaxed)
            readSamples()
            #expect(HostSettings.current == before)
            #expect(hostErrorCalls.load(ordering: .relaxed) == 0)
        }

        @Test("a host's default settings are the same after a read")
        func defaultsKept() {
            let before = HostSettings.current
            readSamples()
            #expect(HostSettings.current == before)
        }
    }
}
