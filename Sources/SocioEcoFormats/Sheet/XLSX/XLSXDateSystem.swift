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
            days = Self.daysFromCivil(1904, 1, 1) + whole
        } else {
            guard whole != 60 else { return nil }
            days = Self.daysFromCivil(1899, 12, 30) + whole + (whole < 60 ? 1 : 0)
        }
        let (y, m, d) = Self.civilFromDays(days)
        return CalendarDate(year: y, month: m, day: d)
    }

    func isPhantomLeapDay(serial: Double) -> Bool { !is1904 && serial >= 60 && serial < 61 }

    // Howard Hinnant's algorithms: days since 1970-01-01 in the proleptic Gregorian calendar.
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civilFromDays(_ z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d)
    }
}
