extension TerminalText {
    /// The number of terminal columns `text` takes: combining marks and format
    /// characters take none, East Asian wide characters and emoji take two, the rest one.
    /// An approximation of wcwidth(3) that needs no locale, so that layout is the same
    /// everywhere.
    public static func displayWidth(_ text: String) -> Int {
        if isPrintableASCII(text) { return text.utf8.count }
        return text.unicodeScalars.reduce(0) { $0 + columns(of: $1) }
    }

    static func columns(of s: Unicode.Scalar) -> Int {
        // Printable ASCII is most text and needs no Unicode property lookup.
        if s.value >= 0x20 && s.value < 0x7F { return 1 }
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        switch s.value {
        case 0x1F3FB...0x1F3FF, 0x200D, 0xFE0E, 0xFE0F:
            // Skin-tone modifiers, the zero-width joiner and variation selectors join the
            // character before them.
            return 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x3FFFD:
            return 2
        default:
            return s.properties.isEmojiPresentation ? 2 : 1
        }
    }

    /// `escape(text)` with tabs shown as `\t` too: a tab's width depends on where it falls,
    /// and laid-out text must know its width.
    static func escapeForLayout(_ text: String) -> String {
        if isPrintableASCII(text) { return text }
        var out = ""
        for s in escape(text).unicodeScalars {
            if s == "\t" { out += "\\t" } else { out.unicodeScalars.append(s) }
        }
        return out
    }

    /// `text` escaped for the terminal (tabs too) and cut to at most `width` columns, with `…` where
    /// it was cut.
    public static func fit(_ text: String, width: Int) -> String {
        let escaped = escapeForLayout(text)
        guard displayWidth(escaped) > width else { return escaped }
        var out = ""
        var used = 0
        for s in escaped.unicodeScalars {
            let w = columns(of: s)
            if used + w > width - 1 { break }
            out.unicodeScalars.append(s)
            used += w
        }
        return out + "…"
    }

    /// `text` escaped and padded with spaces on the right to exactly `width` columns
    /// (cut first if longer).
    public static func pad(_ text: String, width: Int) -> String {
        let f = fit(text, width: width)
        return f + String(repeating: " ", count: max(0, width - displayWidth(f)))
    }

    /// `text` escaped (tabs too) and broken into lines of at most `width` columns at spaces; a word
    /// longer than a line is cut across lines.
    public static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var used = 0
        for word in escapeForLayout(text).split(separator: " ", omittingEmptySubsequences: true) {
            var w = String(word)
            var ww = displayWidth(w)
            if used > 0 && used + 1 + ww <= width {
                line += " " + w
                used += 1 + ww
                continue
            }
            if used > 0 { lines.append(line); line = ""; used = 0 }
            while ww > width {
                var head = ""
                var hw = 0
                var rest = String.UnicodeScalarView()
                var cut = false
                for s in w.unicodeScalars {
                    let sw = columns(of: s)
                    if !cut && hw + sw <= width { head.unicodeScalars.append(s); hw += sw } else { cut = true; rest.append(s) }
                }
                if head.isEmpty { break }
                lines.append(head)
                w = String(rest)
                ww = displayWidth(w)
            }
            line = w
            used = ww
        }
        if used > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }
}
