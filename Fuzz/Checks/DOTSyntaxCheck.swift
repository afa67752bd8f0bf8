/// A small DOT tokenizer that checks what our writers promise about their DOT: every
/// quoted string closes within GraphViz's length limit and holds no raw line break or
/// control character, braces and brackets balance, and every bare word is a keyword
/// or an attribute name (ids are always quoted).
///
/// It follows GraphViz's scanner: in a quoted string a backslash takes the next
/// character with it (`\"`, `\\`, and a backslash-newline that joins lines).
public enum DOTSyntaxCheck {
    /// GraphViz refuses longer quoted strings (measured: 16,384 bytes).
    public static let quotedStringLimit = 16_384

    static let keywords: Set<String> = ["digraph", "graph", "subgraph", "node", "edge", "strict"]

    /// The broken promises found in `dot`; empty when it is sound.
    public static func problems(in dot: String) -> [String] {
        let b = Array(dot.utf8)
        var problems: [String] = []
        var stack: [UInt8] = []
        var i = 0
        var line = 1
        var firstWord: String?
        func isWord(_ c: UInt8) -> Bool {
            (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F || c == 0x2E || c >= 0x80
        }
        while i < b.count {
            let c = b[i]
            switch c {
            case 0x0A:
                line += 1; i += 1
            case 0x20, 0x09, 0x0D:
                i += 1
            case UInt8(ascii: "/") where i + 1 < b.count && b[i + 1] == UInt8(ascii: "/"):
                while i < b.count && b[i] != 0x0A { i += 1 }
            case UInt8(ascii: "/") where i + 1 < b.count && b[i + 1] == UInt8(ascii: "*"):
                i += 2
                while i + 1 < b.count && !(b[i] == UInt8(ascii: "*") && b[i + 1] == UInt8(ascii: "/")) {
                    if b[i] == 0x0A { line += 1 }
                    i += 1
                }
                if i + 1 >= b.count { problems.append("line \(line): a /* comment never closes"); return problems }
                i += 2
            case UInt8(ascii: "\""):
                let start = i, startLine = line
                i += 1
                var closed = false
                while i < b.count {
                    let q = b[i]
                    if q == UInt8(ascii: "\\") {
                        if i + 1 < b.count && b[i + 1] == 0x0A { problems.append("line \(line): a backslash-newline inside a quoted string") }
                        i += 2
                        continue
                    }
                    if q == UInt8(ascii: "\"") { closed = true; i += 1; break }
                    if q == 0x0A { problems.append("line \(line): a raw line break inside a quoted string"); line += 1 }
                    else if q < 0x20 || q == 0x7F { problems.append("line \(line): control character \(q) inside a quoted string") }
                    i += 1
                }
                if !closed { problems.append("line \(startLine): a quoted string never closes"); return problems }
                if i - start - 2 > quotedStringLimit {
                    problems.append("line \(startLine): a quoted string of \(i - start - 2) bytes, over GraphViz's \(quotedStringLimit)")
                }
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                stack.append(c); i += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                let open: UInt8 = c == UInt8(ascii: "}") ? UInt8(ascii: "{") : UInt8(ascii: "[")
                if stack.popLast() != open { problems.append("line \(line): unbalanced '\(Character(Unicode.Scalar(c)))'"); return problems }
                i += 1
                if stack.isEmpty && c == UInt8(ascii: "}") {
                    // The graph is closed: only blank space and comments may follow.
                    let rest = b[i...].split(separator: 0x0A).map { $0.drop { $0 == 0x20 || $0 == 0x09 } }
                    if rest.contains(where: { !$0.isEmpty && !$0.starts(with: "//".utf8) }) {
                        problems.append("line \(line): text after the graph's closing brace")
                    }
                    i = b.count
                }
            case UInt8(ascii: "-") where i + 1 < b.count && (b[i + 1] == UInt8(ascii: ">") || b[i + 1] == UInt8(ascii: "-")):
                i += 2
            case UInt8(ascii: "="), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"):
                i += 1
            default:
                guard isWord(c) else {
                    problems.append("line \(line): unexpected character \(c)")
                    return problems
                }
                let start = i
                while i < b.count && isWord(b[i]) { i += 1 }
                let word = String(decoding: b[start..<i], as: UTF8.self)
                if firstWord == nil { firstWord = word }
                var k = i
                while k < b.count && (b[k] == 0x20 || b[k] == 0x09) { k += 1 }
                let isAttributeName = k < b.count && b[k] == UInt8(ascii: "=")
                if !isAttributeName && !keywords.contains(word.lowercased()) {
                    problems.append("line \(line): a bare word '\(word)' that is neither a keyword nor an attribute name")
                }
            }
        }
        if !stack.isEmpty { problems.append("the document ends with \(stack.count) unclosed brace(s) or bracket(s)") }
        if firstWord != "digraph" && firstWord != "graph" && firstWord != "strict" {
            problems.append("the document does not start with a graph")
        }
        return problems
    }

    /// The text GraphViz shows for a quoted string our escaper wrote: the quotes gone,
    /// `\"` `\\` `\n` read, and the `&amp;` `&lt;` `&gt;` entities decoded. Nil when
    /// `quoted` is not one closed string or holds an escape we never write.
    public static func unquoted(_ quoted: String) -> String? {
        let scalars = Array(quoted.unicodeScalars)
        guard scalars.count >= 2, scalars.first == "\"", scalars.last == "\"" else { return nil }
        var out = String.UnicodeScalarView()
        var i = 1
        let end = scalars.count - 1
        while i < end {
            let s = scalars[i]
            if s == "\\" {
                guard i + 1 < end else { return nil }
                switch scalars[i + 1] {
                case "\"": out.append("\"")
                case "\\": out.append("\\")
                case "n": out.append("\n")
                default: return nil
                }
                i += 2
            } else if s == "\"" {
                return nil
            } else if s == "&" {
                // Scalars, not Characters: a combining mark after ';' must not hide it.
                func at(_ entity: String) -> Bool {
                    let e = Array(entity.unicodeScalars)
                    return i + e.count <= end && Array(scalars[i..<(i + e.count)]) == e
                }
                if at("&amp;") { out.append("&"); i += 5 }
                else if at("&lt;") { out.append("<"); i += 4 }
                else if at("&gt;") { out.append(">"); i += 4 }
                else { return nil }
            } else {
                out.append(s)
                i += 1
            }
        }
        return String(out)
    }
}
