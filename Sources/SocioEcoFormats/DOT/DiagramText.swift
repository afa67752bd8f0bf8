/// Text shaping for diagram labels: bounded length and wrapped lines. Escaping is
/// `DOTEscaping`'s job and happens after.
enum DiagramText {
    /// Titles longer than this many scalars are cut in labels; the full title stays in
    /// the tooltip (itself bounded by `DOTEscaping`).
    static let maximumTitleScalars = 140

    /// `text` cut to at most `limit` Unicode scalars, ending in an ellipsis when cut.
    static func truncated(_ text: String, limit: Int = maximumTitleScalars) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > limit else { return text }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars.prefix(limit - 1))
        return String(out) + "\u{2026}"
    }

    /// Breaks `text` into lines of about `width` scalars at spaces; existing line breaks
    /// stay. A word longer than the width keeps a line of its own.
    static func wrapped(_ text: String, width: Int = 30) -> String {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var length = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                let size = word.unicodeScalars.count
                if length > 0 && length + 1 + size > width {
                    lines.append(line)
                    line = ""
                    length = 0
                }
                if length > 0 {
                    line += " "
                    length += 1
                }
                line += word
                length += size
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// "1 intervention", "3 interventions", "no intervention".
    static func interventions(_ n: Int) -> String {
        n == 0 ? "no intervention" : n == 1 ? "1 intervention" : "\(n) interventions"
    }
}
