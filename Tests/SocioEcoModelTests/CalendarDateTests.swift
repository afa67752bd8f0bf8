import SocioEcoModel
import Testing

/// A date is written `YYYY-MM-DD`, zero-padded, and reads back as itself.
@Suite struct CalendarDateTests {
    @Test func everyDayOfSomeYearsIsWrittenPaddedAndReadsBack() throws {
        for year in [1, 9, 10, 99, 100, 999, 1000, 1900, 1904, 2000, 2024, 9999] {
            for month in 1...12 {
                for day in 1...31 {
                    guard let date = CalendarDate(year: year, month: month, day: day) else { continue }
                    let text = date.description
                    let y = String(year), m = String(month), d = String(day)
                    let expected = String(repeating: "0", count: 4 - y.count) + y + "-"
                        + String(repeating: "0", count: 2 - m.count) + m + "-"
                        + String(repeating: "0", count: 2 - d.count) + d
                    #expect(text == expected)
                    #expect(CalendarDate(text) == date)
                }
            }
        }
        #expect(CalendarDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2024, month: 2, day: 29)?.description == "2024-02-29")
    }
}
