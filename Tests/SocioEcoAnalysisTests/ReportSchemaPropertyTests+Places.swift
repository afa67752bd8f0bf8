import Foundation
import SocioEcoAnalysis
import SocioEcoFormats
import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// Reports of generated programmes with places, dates and a day analysed, through the XSD.
extension ReportSchemaPropertyTests {
    @Test func xmlReportsWithPlacesAndDatesValidateWithXmllint() throws {
        var reports: [(name: String, text: String)] = []
        for seed in Self.seeds.prefix(120) {
            var g = ProgrammeGenerator(seed: seed)
            var p = g.programme()
            var rng = SplitMix64(seed: seed)
            p.places = CoveragePropertyTests.places(count: Int.random(in: 1...10, using: &rng), using: &rng).map { place in
                var named = place
                named.name = g.text()
                named.pcode = Bool.random(using: &rng) ? g.text() : nil
                return named
            }
            let start = CalendarDate(year: 2024, month: 1, day: 1)!, end = CalendarDate(year: 2024, month: 12, day: 31)!
            p.context = Context(start: start, end: end)
            for i in p.interventions.indices {
                p.interventions[i].places = Bool.random(using: &rng) ? [p.places.randomElement(using: &rng)!.id] : []
                if Bool.random(using: &rng) {
                    p.interventions[i].start = CalendarDate(year: 2024, month: Int.random(in: 1...6, using: &rng), day: 1)
                    p.interventions[i].end = CalendarDate(year: 2024, month: Int.random(in: 7...12, using: &rng), day: 28)
                }
            }
            let day = seed.isMultiple(of: 2) ? CalendarDate(year: 2024, month: 3, day: 15) : nil
            let analysed = AnalysedProgramme(programme: p, analysis: CoverageAnalysis(programme: p, on: day))
            reports.append((name: "report-\(seed).xml", text: CoverageReportXMLEncoder().encode(analysed)))
        }
        #expect(reports.contains { $0.text.contains("<places>") && $0.text.contains("place-level-uncovered") })
        #expect(reports.contains { $0.text.contains("level-gap-in-time") && $0.text.contains(" on=\"2024-03-15\"") })
        #expect(try schemaProblems(reports, schema: "coverage-report.xsd") == "")
    }
}
