/// Spreadsheet column letters: 1 is `A`, 26 `Z`, 27 `AA`.
public enum SheetColumnName {
    public static func letters(_ column: Int) -> String {
        var n = max(column, 1)
        var out: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            out.append(Character(Unicode.Scalar(UInt8(65 + r))))
            n = (n - 1) / 26
        }
        return String(out.reversed())
    }

    /// The column of letters such as `AB` (case-insensitive); nil for anything else.
    public static func number(_ letters: Substring) -> Int? {
        guard !letters.isEmpty, letters.count <= 7 else { return nil }
        var n = 0
        for u in letters.utf8 {
            let c = u | 0x20
            guard c >= 0x61, c <= 0x7A else { return nil }
            n = n * 26 + Int(c - 0x60)
        }
        return n
    }
}
