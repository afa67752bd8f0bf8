import Foundation
import SocioEcoAnalysis
import SocioEcoFormats
import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// The HTML report's place × level table and timeline.
@Suite("HTML report: places and time")
struct HTMLReportPlacesTests {
    static func cox() throws -> String {
        let p = try ProgrammeReader().read(contentsOf: Paths.model("cox-bazar-camp-response.xml"))
        return HTMLReportEncoder().encode(AnalysedProgramme(p))
    }

    /// The row of the places table that holds `name`, up to its end.
    static func row(_ html: String, _ name: String) throws -> Substring {
        let table = try #require(html.range(of: "<table class=\"places\">"))
        let at = try #require(html.range(of: "<span dir=\"auto\">\(name)</span>", range: table.upperBound..<html.endIndex))
        let start = try #require(html.range(of: "<tr", options: .backwards, range: table.upperBound..<at.lowerBound))
        let end = try #require(html.range(of: "</tr>", range: at.upperBound..<html.endIndex))
        return html[start.lowerBound..<end.upperBound]
    }

    @Test("Cox's Bazar: places in tree order, indented, innermost marked, with headers and a caption")
    func table() throws {
        let html = try Self.cox()
        #expect(html.contains("<h2>5. Places × levels: who works where</h2>"))
        #expect(html.contains("<caption class=\"note\">Interventions working in each place"))
        #expect(html.contains("<th scope=\"col\">Place</th><th scope=\"col\"><span dir=\"auto\">Society and socio-cultural norms</span></th>"))
        let order = ["Cox&#39;s Bazar district", "Ukhiya upazila", "Camp 1E (Kutupalong)", "Camp 4", "Teknaf upazila", "Camp 24 (Leda)", "Camp 27 (Jadimura)"]
        let positions = try order.map { try #require(html.range(of: "<span dir=\"auto\">\($0)</span>")).lowerBound }
        #expect(positions == positions.sorted())
        let district = try Self.row(html, "Cox&#39;s Bazar district")
        #expect(district.contains("padding-inline-start: 0.5em") && district.contains("class=\"outer has-hole\""))
        #expect(district.contains("<span class=\"id\">BD2022</span>"))
        let camp = try Self.row(html, "Camp 1E (Kutupalong)")
        #expect(camp.contains("padding-inline-start: 3.0em") && camp.contains("◆"))
        #expect(camp.contains("<span class=\"visually-hidden\"> (innermost place, in Ukhiya upazila)</span>"))
    }

    @Test("Camp 27's hole at the family level is said in its cell and in words, and its agencies are beside it")
    func holeInWords() throws {
        let row = try Self.row(try Self.cox(), "Camp 27 (Jadimura)")
        #expect(row.contains("<td class=\"heat0\">none</td>"))
        #expect(row.contains("<span class=\"gap\">no intervention at: <span dir=\"auto\">Family and caregivers</span></span>"))
        #expect(row.contains("<td class=\"who\">—<span class=\"visually-hidden\">only those working in every place</span></td>"))
        let html = try Self.cox()
        #expect(html.contains("<p><strong>Working in every place (14):</strong> <span dir=\"auto\">UNICEF Bangladesh</span>; "))
        #expect(html.contains("<th scope=\"col\">Other agencies working here (lead or partner)</th>"))
        let full = try Self.row(html, "Camp 1W (Kutupalong)")
        #expect(!full.contains("heat0") && full.contains("<span class=\"visually-hidden\">none</span>"))
        #expect(full.contains("<td class=\"who\"><span dir=\"auto\">Terre des hommes Foundation</span>; <span dir=\"auto\">Humanity &amp; Inclusion</span>; <span dir=\"auto\">Action Against Hunger (ACF)</span></td>"))
    }

    @Test("the timeline draws a band per level and marks society's gap in 2025, in words too")
    func timeline() throws {
        let html = try Self.cox()
        #expect(html.contains("<h2>6. Over time: the interventions per level</h2>"))
        #expect(html.contains("aria-labelledby=\"timeline-title timeline-desc\""))
        #expect(html.contains("<li><span class=\"gap-inline\">From 2025-04-01 to 2025-09-30</span> no intervention works at the <span dir=\"auto\">Society and socio-cultural norms</span> level.</li>"))
        #expect(html.contains("<g class=\"time-gap\"><title>Gap: from 2025-04-01 to 2025-09-30"))
        #expect(html.components(separatedBy: "<g class=\"timeline-level\"").count == 5)
    }

    @Test("without places or dates neither section is written")
    func absent() {
        let p = Programme(id: "p", title: "T", interventions: [Intervention(id: "a", title: "A", levels: ["child"])])
        let html = HTMLReportEncoder().encode(AnalysedProgramme(p))
        #expect(!html.contains("<section class=\"places-section\"") && !html.contains("<section class=\"timeline-section\""))
    }

    @Test("a programme with dates but no places gets the timeline right after the suggestions; an uncovered level says so")
    func timelineOnly() throws {
        let p = Programme(id: "p", title: "T", context: Context(start: CalendarDate("2024-01-01"), end: CalendarDate("2024-12-31")),
                          interventions: [
                            Intervention(id: "a", title: "A", levels: ["family"], end: CalendarDate("2024-03-31")),
                            Intervention(id: "b", title: "B", levels: ["family"], start: CalendarDate("2024-03-01"), end: CalendarDate("2024-06-30")),
                            Intervention(id: "c", title: "C", levels: ["family"], start: CalendarDate("2024-09-01")),
                          ])
        let html = HTMLReportEncoder().encode(AnalysedProgramme(p))
        #expect(html.contains("<h2>4. What could fill the gaps</h2>") && html.contains("<h2>5. Over time"))
        #expect(html.contains("From 2024-07-01 to 2024-08-31</span> no intervention works at the <span dir=\"auto\">Family and caregivers</span> level."))
        #expect(html.contains("no intervention at this level"))
        #expect(html.contains("No intervention at any time at: <span dir=\"auto\">Society and socio-cultural norms</span>, <span dir=\"auto\">Community</span>, <span dir=\"auto\">Child</span>."))
    }

    @Test("on one day the timeline marks the day and leaves gaps to the findings")
    func onADay() throws {
        let p = try ProgrammeReader().read(contentsOf: Paths.model("cox-bazar-camp-response.xml"))
        let day = try #require(CalendarDate("2025-05-01"))
        let html = HTMLReportEncoder().encode(AnalysedProgramme(programme: p.running(on: day), analysis: CoverageAnalysis(programme: p, on: day)))
        #expect(html.contains("Only the interventions running on 2025-05-01 (the line) are drawn"))
        #expect(html.contains("stroke-dasharray=\"5 3\""))
        #expect(!html.contains("<h3>Gaps in time"))
    }

    @Test("with no agency in every place, each row names its own, and a place without any says so")
    func ownAgencies() throws {
        let p = Programme(id: "p", title: "T", agencies: [Agency(id: "a", name: "Alpha", type: .un), Agency(id: "b", name: "Beta", type: .un)],
                          places: [Place(id: "x", name: "X"), Place(id: "y", name: "Y"), Place(id: "z", name: "Z")],
                          interventions: [
                            Intervention(id: "i", lead: "a", title: "I", levels: ["child"], places: ["x"]),
                            Intervention(id: "j", lead: "b", title: "J", levels: ["child"], places: ["y"]),
                          ])
        let html = HTMLReportEncoder().encode(AnalysedProgramme(p))
        #expect(!html.contains("Working in every place"))
        #expect(html.contains("<th scope=\"col\">Agencies working here (lead or partner)</th>"))
        #expect(try Self.row(html, "X").contains("<td class=\"who\"><span dir=\"auto\">Alpha</span></td>"))
        #expect(try Self.row(html, "Z").contains("<td class=\"who\"><em>no agency</em></td>"))
    }

    @Test("hostile place names and agency names are escaped; the report stays well-formed")
    func escaped() throws {
        let hostile = "<script>alert(1)</script> & \"Camp\" 'x' مرحبا"
        let p = Programme(id: "p", title: "T", context: Context(start: CalendarDate("2024-01-01"), end: CalendarDate("2024-12-31")),
                          agencies: [Agency(id: "ag", name: hostile, type: .nationalNGO)],
                          places: [Place(id: "top", name: hostile, pcode: "<BD>"), Place(id: "in", name: hostile, parent: "top")],
                          interventions: [Intervention(id: "a", lead: "ag", title: hostile, levels: ["child"], places: ["in"],
                                                       start: CalendarDate("2024-02-01"))])
        let html = HTMLReportEncoder().encode(AnalysedProgramme(p))
        #expect(!html.contains("<script") && !html.contains("<BD>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Camp&quot; &#39;x&#39;"))
        let paths = try ReportChecks.write([("h.html", html)])
        #expect(try ReportChecks.xmlProblems(paths) == "")
        #expect(try ReportChecks.htmlProblems(paths) == [])
    }

    @Test("a report restricted to a place names it under the header and in the document title")
    func placeView() throws {
        let p = try ProgrammeReader().read(contentsOf: Paths.model("cox-bazar-camp-response.xml"))
        let teknaf = try #require(p.places.first { $0.id == "teknaf" })
        let view = try #require(p.restricted(to: "teknaf"))
        let html = HTMLReportEncoder(options: .init(place: teknaf)).encode(AnalysedProgramme(view))
        #expect(html.contains("<title>Cox&#39;s Bazar camps: Rohingya refugee child protection response, in Teknaf upazila (BD202290) – programme coverage report</title>")
                || html.contains(", in Teknaf upazila (BD202290) – programme coverage report</title>"))
        #expect(html.contains("<p class=\"place-view\"><strong>In <span dir=\"auto\">Teknaf upazila (BD202290)</span> only</strong>"))
        #expect(!html.contains("Camp 4</span>"))
    }
}
