import SocioEcoModel

/// What one spreadsheet cell holds, as the sheet typed it. CSV cells are always `.text`;
/// an XLSX reader gives numbers, booleans and (from the cell's style) dates.
public enum SheetValue: Hashable, Sendable {
    case text(String)
    case number(Double)
    case boolean(Bool)
    /// A cell whose style formats it as a date; any time of day is dropped.
    case date(CalendarDate)

    /// The value as a person reads it in the sheet: numbers without a needless `.0`,
    /// booleans `TRUE`/`FALSE` as Excel shows them, dates `YYYY-MM-DD`.
    public var text: String {
        switch self {
        case .text(let s): return s
        case .number(let d):
            if d.rounded() == d, abs(d) < 1e15 { return String(Int64(d)) }
            return String(d)
        case .boolean(let b): return b ? "TRUE" : "FALSE"
        case .date(let d): return d.description
        }
    }
}
