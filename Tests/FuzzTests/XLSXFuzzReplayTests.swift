import Foundation
import FuzzChecks
import SocioEcoTestSupport
import Testing

/// The XLSX fuzz target's seeds and findings, replayed through its checks.
@Suite struct XLSXFuzzReplayTests {
    static let inputs = FuzzReplayTests.files("Tests/Fixtures/fuzz/fuzz-xlsx") + FuzzReplayTests.files("Fuzz/corpus/fuzz-xlsx")

    @Test func theSeedsAreThereAndSmall() throws {
        #expect(Self.inputs.count >= 8)
        for path in Self.inputs {
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)).count <= 8 << 10, "\(path) is too big for a seed")
        }
    }

    @Test(arguments: inputs)
    func xlsxInput(_ path: String) throws {
        let scratch = ScratchFile(purpose: "replay-\(UUID().uuidString)")
        defer { scratch.remove() }
        scratch.write([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
        #expect(XLSXCheck.findings(scratch) == [], "\(path)")
    }
}
