import Foundation
import FuzzChecks
import SocioEcoTestSupport
import Testing

/// fuzz-csv's seeds (Fuzz/corpus/fuzz-csv/) and findings (Tests/Fixtures/fuzz/fuzz-csv/),
/// replayed through the target's checks.
@Suite("fuzz-csv findings and seeds stay fixed")
struct FuzzCSVReplayTests {
    static let inputs = FuzzReplayTests.files("Tests/Fixtures/fuzz/fuzz-csv") + FuzzReplayTests.files("Fuzz/corpus/fuzz-csv")

    @Test func seedsAreThereAndSmall() throws {
        #expect(Self.inputs.count >= 6)
        for path in Self.inputs {
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)).count <= 32 << 10, "\(path) is too big for a seed")
        }
    }

    @Test(arguments: inputs)
    func replay(_ path: String) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(CSVCheck.problems(for: bytes) == [], "\(path)")
    }
}
