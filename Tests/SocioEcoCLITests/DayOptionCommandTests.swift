import Foundation
import SocioEcoTestSupport
import Testing

/// `--on DATE` through the real binary.
@Suite struct DayOptionCommandTests {
    let earthquake = Paths.model("earthquake-response.xml")

    @Test(arguments: ["2024-13-01", "2023-02-29", "1 July 2024", "2024-7-1", ""])
    func aMalformedDayIsAUsageError(_ day: String) throws {
        for command in [["analyze"], ["export", "html"], ["export", "svg"], ["export", "dot"]] {
            let r = try run(Paths.binary, command + ["--on", day, earthquake])
            #expect(r.status == 64, "\(command) \(day)")
            #expect(r.stdout.isEmpty)
            #expect(r.stderr.contains("is invalid for '--on <date>': write a real day as YYYY-MM-DD, such as 2024-07-01."), "\(command): \(r.stderr)")
        }
    }

    @Test func aWellFormedDayIsReportedInTheXMLReport() throws {
        let r = try socioeco("analyze", "--on", "2024-07-01", "--format", "xml", earthquake)
        #expect(r.status == 0)
        #expect(r.stdout.contains(" on=\"2024-07-01\""))
        for command in [["export", "html"], ["export", "svg"], ["export", "dot"]] {
            #expect(try run(Paths.binary, command + ["--on", "2024-07-01", earthquake]).status == 0, "\(command)")
        }
    }
}
