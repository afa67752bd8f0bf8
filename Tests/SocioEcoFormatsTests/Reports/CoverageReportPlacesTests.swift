import SocioEcoAnalysis
@testable import SocioEcoFormats
import SocioEcoModel
import Testing

/// The place x level table and the day analysed in the text, XML and JSON reports.
@Suite struct CoverageReportPlacesTests {
    static let programme = Programme(id: "p", title: "P",
        agencies: [Agency(id: "unicef", name: "UNICEF", type: .un)],
        places: [
            Place(id: "ukhiya", name: "Ukhiya", pcode: "BD202294"),
            Place(id: "camp-1e", name: "Camp 1E", parent: "ukhiya"),
            Place(id: "teknaf", name: "Teknaf", pcode: "BD202290"),
        ],
        interventions: [
            Intervention(id: "a", lead: "unicef", title: "A", levels: ["child", "family", "community", "society"], places: ["ukhiya"]),
            Intervention(id: "b", title: "B", levels: ["society"], places: ["teknaf"], start: CalendarDate("2024-01-01")),
        ])

    @Test func textShowsInnermostPlacesWithHolesFirst() {
        let text = CoverageReportTextEncoder().encode(AnalysedProgramme(Self.programme))
        let table = text.components(separatedBy: "\n").drop { !$0.hasPrefix("Places:") }.prefix(9).map { $0 }
        #expect(table == [
            "Places: interventions per level (- none), places with holes first",
            "                                             child    family community   society",
            "  Teknaf (BD202290)                              -         -         -         1",
            "    no agency",
            "  Ukhiya (BD202294) *                            1         1         1         1",
            "    unicef",
            "  Camp 1E                                        1         1         1         1",
            "    unicef",
            "  * a place with places inside it",
        ])
        // Three holes in a row make a group, listed by place and level.
        #expect(text.contains("  warning place-level-uncovered 3 places and levels\n"))
        #expect(text.contains("          child in teknaf  family in teknaf  community in teknaf\n"))
    }

    @Test func theDayAndThePlacesReachXMLAndJSON() {
        let analysed = AnalysedProgramme(programme: Self.programme.running(on: CalendarDate("2023-06-01")!),
                                         analysis: CoverageAnalysis(programme: Self.programme, on: CalendarDate("2023-06-01")))
        #expect(CoverageReportTextEncoder().encode(analysed).contains("\n1 intervention running on 2023-06-01\n"))
        let xml = CoverageReportXMLEncoder().encode(analysed)
        #expect(xml.contains(" on=\"2023-06-01\""))
        #expect(xml.contains("<place id=\"teknaf\" name=\"Teknaf\" pcode=\"BD202290\" innermost=\"true\">"))
        #expect(xml.contains("<place id=\"camp-1e\" name=\"Camp 1E\" parent=\"ukhiya\" innermost=\"true\" agencies=\"unicef\">"))
        let json = CoverageReportJSONEncoder().encode(analysed)
        #expect(json.contains("\"on\": \"2023-06-01\""))
        #expect(json.contains("\"kind\": \"place-level\""))
    }
}
