/// Plane geometry for the ring diagram: number formatting, slots inside an annulus and
/// text width estimates. Pure functions, so the layout is the same on every machine.
enum SVGGeometry {
    /// A point or length with one decimal, written without locale or exponent so that
    /// output is byte-identical everywhere.
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        let whole = magnitude / 10, fraction = magnitude % 10
        return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }

    /// A horizontal box for one mark, its top-left corner relative to the ring centre.
    struct Slot: Equatable {
        var x: Double
        var y: Double
        var width: Double
        var height: Double
    }

    /// Boxes of `width` by `rowHeight` that lie wholly inside the annulus between `inner`
    /// and `outer` (a disc when `inner` is 0), `padding` away from both edges, in reading
    /// order: top row first, left to right.
    static func slots(inner: Double, outer: Double, width: Double, rowHeight: Double, padding: Double) -> [Slot] {
        let rOut = outer - padding
        let rIn = inner > 0 ? inner + padding : 0
        var result: [Slot] = []
        for y0 in rowTops(outer: outer, padding: padding, rowHeight: rowHeight) {
            let y1 = y0 + rowHeight
            let farthest = max(y0 * y0, y1 * y1)
            let nearest = (y0 <= 0 && y1 >= 0) ? 0 : min(y0 * y0, y1 * y1)
            guard rOut * rOut > farthest else { continue }
            let halfOuter = (rOut * rOut - farthest).squareRoot()
            let halfInner = rIn > 0 ? max(0, rIn * rIn - nearest).squareRoot() : 0
            let intervals: [(Double, Double)] = halfInner > 0
                ? [(-halfOuter, -halfInner), (halfInner, halfOuter)]
                : [(-halfOuter, halfOuter)]
            for (a, b) in intervals where b - a >= width {
                let count = Int((b - a) / width)
                let start = a + ((b - a) - Double(count) * width) / 2
                for k in 0..<count {
                    result.append(Slot(x: start + Double(k) * width, y: y0, width: width, height: rowHeight))
                }
            }
        }
        return result
    }

    /// The tops of the rows that fit in a disc of radius `outer - padding`, centred
    /// vertically so the layout is symmetric about the centre.
    static func rowTops(outer: Double, padding: Double, rowHeight: Double) -> [Double] {
        let rows = Int((2 * (outer - padding)) / rowHeight)
        guard rows > 0 else { return [] }
        let top = -Double(rows) * rowHeight / 2
        return (0..<rows).map { top + Double($0) * rowHeight }
    }

    /// Half the width of the chord of a circle of radius `radius` at vertical offset `y`.
    static func halfChord(radius: Double, y: Double) -> Double {
        radius * radius > y * y ? (radius * radius - y * y).squareRoot() : 0
    }

    /// A rough width of `text` at `fontSize` in a sans-serif face: enough to keep labels
    /// inside their box without measuring fonts, which would make output depend on the machine.
    static func estimatedWidth(_ text: String, fontSize: Double) -> Double {
        var em = 0.0
        // Printable ASCII is one character per byte, so the sum needs no grapheme
        // breaking; a CR (which joins a following LF) or any other byte >= 0x80 takes
        // the general path. Same additions in the same order, so the same result.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            for byte in text.utf8 { em += asciiEmWidth(byte) }
            return em * fontSize
        }
        for character in text {
            em += emWidth(character)
        }
        return em * fontSize
    }

    private static func emWidth(_ character: Character) -> Double {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        switch scalar.value {
        case 0x20...0x7E where character.unicodeScalars.count == 1: return asciiEmWidth(UInt8(scalar.value))
        case 0x20...0x7E: return "ilI.,:;'|!".contains(character) ? 0.3 : (character.isUppercase || "mwMW@".contains(character) ? 0.72 : 0.56)
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF00...0xFF60, 0x1F000...0x1FAFF:
            return 1.05
        default: return 0.7
        }
    }

    private static func asciiEmWidth(_ byte: UInt8) -> Double {
        switch byte {
        case UInt8(ascii: "i"), UInt8(ascii: "l"), UInt8(ascii: "I"), UInt8(ascii: "."), UInt8(ascii: ","),
             UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "'"), UInt8(ascii: "|"), UInt8(ascii: "!"):
            return 0.3
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "m"), UInt8(ascii: "w"), UInt8(ascii: "@"):
            return 0.72
        default:
            return 0.56
        }
    }

    /// `text` cut to fit `maxWidth`, whole characters only, with "…" when cut. Newlines and
    /// tabs become spaces: an SVG text line cannot break.
    static func fit(_ text: String, maxWidth: Double, fontSize: Double) -> String {
        var flat = ""
        for c in text { flat.append(c == "\n" || c == "\r\n" || c == "\r" || c == "\t" ? " " : c) }
        if estimatedWidth(flat, fontSize: fontSize) <= maxWidth { return flat }
        let budget = maxWidth - 0.6 * fontSize
        var out = ""
        var width = 0.0
        for c in flat {
            let w = emWidth(c) * fontSize
            if width + w > budget { break }
            out.append(c)
            width += w
        }
        return out + "…"
    }

    /// `text` broken at spaces into at most `maxLines` lines of `maxWidth`; the last line
    /// is cut with "…" when the text does not fit.
    static func wrap(_ text: String, maxWidth: Double, fontSize: Double, maxLines: Int) -> [String] {
        let flat = fit(text, maxWidth: .infinity, fontSize: fontSize)
        var lines: [String] = []
        var current = ""
        var rest = Substring(flat)
        while !rest.isEmpty {
            let word: Substring
            if let space = rest.firstIndex(of: " ") {
                word = rest[..<space]
                rest = rest[rest.index(after: space)...]
            } else {
                word = rest
                rest = ""
            }
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if estimatedWidth(candidate, fontSize: fontSize) <= maxWidth || current.isEmpty {
                current = candidate
                continue
            }
            lines.append(current)
            current = String(word)
            if lines.count == maxLines - 1 {
                current += rest.isEmpty ? "" : " " + rest
                rest = ""
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines.enumerated().map { i, line in
            i == lines.count - 1 || estimatedWidth(line, fontSize: fontSize) > maxWidth
                ? fit(line, maxWidth: maxWidth, fontSize: fontSize) : line
        }
    }
}
