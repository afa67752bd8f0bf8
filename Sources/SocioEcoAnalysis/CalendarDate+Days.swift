import SocioEcoModel

extension CalendarDate {
    /// The day after; nil after 9999-12-31.
    var nextDay: CalendarDate? {
        CalendarDate(year: year, month: month, day: day + 1)
            ?? CalendarDate(year: year, month: month + 1, day: 1)
            ?? CalendarDate(year: year + 1, month: 1, day: 1)
    }

    /// The day before; nil before 0001-01-01.
    var previousDay: CalendarDate? {
        if let d = CalendarDate(year: year, month: month, day: day - 1) { return d }
        let (y, m) = month == 1 ? (year - 1, 12) : (year, month - 1)
        // The last day of the month before is the first of 31, 30, 29, 28 that exists.
        for last in [31, 30, 29, 28] { if let d = CalendarDate(year: y, month: m, day: last) { return d } }
        return nil
    }
}
