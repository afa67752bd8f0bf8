import SocioEcoModel
@testable import SocioEcoFormats
import Testing

/// Bars in lanes and gaps between them, on day numbers.
@Suite("Timeline layout")
struct TimelineLayoutTests {
    @Test("day numbers follow the calendar across months, leap days and centuries")
    func days() throws {
        #expect(try #require(CalendarDate("1970-01-01")).dayNumber == 0)
        #expect(try #require(CalendarDate("2024-03-01")).dayNumber - (try #require(CalendarDate("2024-02-28"))).dayNumber == 2)
        #expect(try #require(CalendarDate("2000-01-01")).dayNumber == 10_957)
        for text in ["0001-01-01", "1600-02-29", "1999-12-31", "2024-02-29", "9999-12-31"] {
            let d = try #require(CalendarDate(text))
            #expect(CalendarDate(dayNumber: d.dayNumber) == d, "\(text)")
        }
    }

    @Test("overlapping bars take separate lanes, a bar inside another adds no gap, and gaps are the days no bar covers")
    func lanesAndGaps() throws {
        func d(_ s: String) -> CalendarDate { CalendarDate(s)! }
        let p = Programme(id: "p", title: "T", context: Context(start: d("2024-01-01"), end: d("2024-12-31")), interventions: [
            Intervention(id: "a", title: "A", levels: ["family"], start: d("2024-02-01"), end: d("2024-05-31")),
            Intervention(id: "b", title: "B", levels: ["family"], start: d("2024-03-01"), end: d("2024-04-30")),
            Intervention(id: "c", title: "C", levels: ["family"], start: d("2024-06-01"), end: d("2024-06-30")),
            Intervention(id: "x", title: "X", levels: ["child"], start: d("2023-01-01"), end: d("2026-01-01")),
        ])
        let layout = try #require(TimelineLayout(p))
        let family = try #require(layout.rows.first { $0.level.id == "family" })
        #expect(family.bars.map(\.lane) == [0, 1, 0])
        #expect(family.lanes == 2)
        #expect(family.gaps.map { "\($0.start)..\($0.end)" } == ["2024-01-01..2024-01-31", "2024-07-01..2024-12-31"])
        let child = try #require(layout.rows.first { $0.level.id == "child" })
        #expect(child.gaps.isEmpty && child.bars.first?.start == d("2024-01-01") && child.bars.first?.end == d("2024-12-31"))
        #expect(layout.rows.first { $0.level.id == "society" }?.gaps.isEmpty == true)
        #expect(layout.rows.map(\.level.id) == ["society", "community", "family", "child"])
    }

    @Test("a level with many interventions shows the spans in which some run, with their number")
    func merged() throws {
        func d(_ s: String) -> CalendarDate { CalendarDate(s)! }
        let early = (0..<30).map { Intervention(id: .init("e\($0)"), title: "E", levels: ["child"], end: d("2024-03-31")) }
        let late = (0..<20).map { Intervention(id: .init("l\($0)"), title: "L", levels: ["child"], start: d("2024-04-01"), end: d("2024-06-30")) }
        let last = (0..<5).map { Intervention(id: .init("z\($0)"), title: "Z", levels: ["child"], start: d("2024-09-01")) }
        let p = Programme(id: "p", title: "T", context: Context(start: d("2024-01-01"), end: d("2024-12-31")), interventions: early + late + last)
        let child = try #require(TimelineLayout(p)?.rows.first { $0.level.id == "child" })
        #expect(child.lanes == 1)
        #expect(child.bars.map(\.count) == [50, 5])
        #expect(child.bars.allSatisfy { $0.intervention == nil })
        #expect(child.gaps.map { "\($0.start)..\($0.end)" } == ["2024-07-01..2024-08-31"])
    }

    @Test("nothing dated, nothing drawn")
    func undated() {
        let p = Programme(id: "p", title: "T", context: Context(start: CalendarDate("2024-01-01"), end: CalendarDate("2024-12-31")),
                          interventions: [Intervention(id: "a", title: "A", levels: ["child"])])
        #expect(TimelineLayout(p) == nil)
    }
}
