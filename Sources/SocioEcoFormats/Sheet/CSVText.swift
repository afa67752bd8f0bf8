/// The bytes of a CSV file made UTF-8, whatever Excel saved it as: UTF-8 with or without
/// a byte-order mark, UTF-16 little- or big-endian with one ("Unicode text"), or, when the
/// bytes are not UTF-8, Windows-1252 (what Excel on Windows writes for "CSV" in French
/// and Spanish), which is then said in a note.
struct CSVText {
    enum Encoding: String {
        case utf8 = "UTF-8", utf16LE = "UTF-16LE", utf16BE = "UTF-16BE", windows1252 = "Windows-1252"
    }

    var utf8: [UInt8]
    var encoding: Encoding

    init(_ bytes: [UInt8]) {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            utf8 = Array(bytes[3...])
            encoding = .utf8
        } else if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            utf8 = Self.fromUTF16(bytes.dropFirst(2), bigEndian: false)
            encoding = .utf16LE
        } else if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            utf8 = Self.fromUTF16(bytes.dropFirst(2), bigEndian: true)
            encoding = .utf16BE
        } else if Self.isUTF8(bytes) {
            utf8 = bytes
            encoding = .utf8
        } else {
            utf8 = Self.fromWindows1252(bytes)
            encoding = .windows1252
        }
    }

    static func isUTF8(_ bytes: [UInt8]) -> Bool {
        var it = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&it) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    /// Unpaired surrogates become U+FFFD, as every UTF-16 reader does.
    static func fromUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        var out: [UInt8] = []
        out.reserveCapacity(units.count)
        _ = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: false) { out.append($0) }
        return out
    }

    /// The 32 characters Windows-1252 puts at 0x80...0x9F (the five it leaves undefined
    /// are read as the C1 controls of the same number, as Windows itself does).
    private static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static func fromWindows1252(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for b in bytes {
            if b < 0x80 { out.append(b); continue }
            let value = b < 0xA0 ? high[Int(b - 0x80)] : UInt32(b)
            out.append(contentsOf: String(Unicode.Scalar(value)!).utf8)
        }
        return out
    }
}
