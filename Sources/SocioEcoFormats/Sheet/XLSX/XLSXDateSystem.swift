import SocioEcoModel

/// A workbook's date serials as calendar days, in the 1900 or the 1904 system.
struct XLSXDateSystem {
    var is1904: Bool

    /// The day a serial stands for (any time of day dropped), or nil when it is before
    /// the system's first day or after 9999-12-31. In the 1900 system Excel counts a
    /// 1900-02-29 that never was (serial 60, kept from Lotus 1-2-3), so serials below 61
    /// are one day later than a plain count from 1899-12-30 gives; 60 itself is no day,
    /// and is returned as nil with `isPhantomLeapDay` true.
    func date(serial: Double) -> CalendarDate? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        let whole = Int(serial.rounded(.down))
        let days: Int
        if is1904 {
            days = CalendarDate(year: 1904, month: 1, day: 1)!.dayNumber + whole
        } else {
            guard whole != 60 else { return nil }
            days = CalendarDate(year: 1899, month: 12, day: 30)!.dayNumber + whole + (whole < 60 ? 1 : 0)
        }
        return CalendarDate(dayNumber: days)
    }

    func isPhantomLeapDay(serial: Double) -> Bool { !is1904 && serial >= 60 && serial < 61 }
}
