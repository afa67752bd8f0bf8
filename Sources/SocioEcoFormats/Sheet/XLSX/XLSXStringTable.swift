/// The shared strings a written workbook's cells point at, each text once, in the
/// order first met, so the same tables give the same part.
struct XLSXStringTable {
    private var index: [String: Int] = [:]
    private var texts: [String] = []
    private var uses = 0

    mutating func id(_ text: String) -> Int {
        uses += 1
        if let i = index[text] { return i }
        index[text] = texts.count
        texts.append(text)
        return texts.count - 1
    }

    var xml: String {
        var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        out += #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\#(uses)" uniqueCount="\#(texts.count)">"#
        for t in texts {
            // Kept as typed: leading and trailing spaces and line breaks.
            out += #"<si><t xml:space="preserve">"#
            XLSXText.escape(t, into: &out)
            out += "</t></si>"
        }
        out += "</sst>"
        return out
    }
}
