import Foundation
import SocioEcoAnalysis
@testable import SocioEcoFormats
import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// A report with a list long enough that the XML encoder writes its halves on two
/// threads: the same bytes every time, and the findings in the order the JSON report
/// (written in one run) gives them.
@Suite struct LargeReportTests {
    @Test func findingsOfALargeProgrammeKeepTheirOrder() throws {
        let model = LargeProgrammeWriterTests.programme(count: 30_000, seed: 5)
        let analysed = AnalysedProgramme(model)
        try #require(analysed.analysis.findings.count >= 10_000, "\(analysed.analysis.findings.count) findings, too few to split")
        let xml = CoverageReportXMLEncoder().encode(analysed)
        #expect(CoverageReportXMLEncoder().encode(analysed) == xml)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(CoverageReportJSONEncoder().encode(analysed).utf8)) as? [String: Any])
        // Each finding as its code and the intervention it is about, if any: unique
        // enough that halves written out of order could not pass.
        let jsonFindings = try #require((json["findings"] as? [String: Any])?["finding"] as? [[String: Any]]).map { f in
            "\(f["code"] as? String ?? "") \(((f["subject"] as? [String: Any])?["intervention"] as? String) ?? "")"
        }
        func attribute(_ name: String, in line: Substring) -> String {
            guard let start = line.range(of: " \(name)=\"") else { return "" }
            let rest = line[start.upperBound...]
            return rest.firstIndex(of: "\"").map { String(rest[..<$0]) } ?? ""
        }
        let xmlFindings = xml.split(separator: "\n").filter { $0.contains("<finding code=\"") }.map { line in
            "\(attribute("code", in: line)) \(attribute("intervention", in: line))"
        }
        #expect(xmlFindings.count == analysed.analysis.findings.count, "\(analysed.analysis.findings.count) findings")
        #expect(Set(xmlFindings).count > xmlFindings.count / 2)
        #expect(xmlFindings == jsonFindings)
        #expect(xml.hasSuffix("</coverage-report>\n"))
    }

    /// The report's buffer is made once, at about its size: grown by doubling, it held up
    /// to twice the report while the report was written.
    @Test func theReportsBufferIsMadeAtItsSize() throws {
        let analysed = AnalysedProgramme(LargeProgrammeWriterTests.programme(count: 30_000, seed: 7))
        try #require(analysed.analysis.findings.count >= 10_000)
        let estimate = CoverageReportXMLEncoder.estimatedSize(analysed)
        let bytes = CoverageReportXMLEncoder().encodeUTF8(analysed)
        #expect(bytes.count <= estimate, "\(bytes.count) bytes written, \(estimate) estimated")
        #expect(estimate <= bytes.count + bytes.count / 4, "\(bytes.count) bytes written, \(estimate) estimated")
        #expect(bytes.capacity <= estimate + estimate / 8, "the buffer grew to \(bytes.capacity) bytes")
        #expect(String(decoding: bytes, as: UTF8.self) == CoverageReportXMLEncoder().encode(analysed))
    }
}
