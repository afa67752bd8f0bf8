import Foundation
import SocioEcoTestSupport
import Testing

/// `socioeco analyze` through the real binary.
@Suite struct AnalyzeCommandTests {
    @Test func everyModelIsValid() throws {
        for model in Paths.allModels {
            #expect(try socioeco("validate", "--quiet", model).status == 0, "\(model)")
        }
    }
}
