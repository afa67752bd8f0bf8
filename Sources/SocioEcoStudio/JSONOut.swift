/// A compact JSON value written in the order its members are given, so every answer of
/// the studio is deterministic; `raw` splices text that is JSON already (the reports the
/// command line writes), so the studio and `socioeco analyze` answer with the same bytes.
enum JSONOut {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([JSONOut])
    case object([(String, JSONOut)])
    case raw(String)

    static func optional(_ s: String?) -> JSONOut { s.map(JSONOut.string) ?? .null }

    /// An object without the members whose value is nil: the API leaves out absent
    /// optional values rather than writing null.
    static func members(_ members: [(String, JSONOut?)]) -> JSONOut {
        .object(members.compactMap { name, value in value.map { (name, $0) } })
    }

    var text: String {
        var out = ""
        write(into: &out)
        return out
    }

    func write(into out: inout String) {
        switch self {
        case .string(let s): JSONOut.quote(s, into: &out)
        case .int(let n): out += String(n)
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .raw(let text): out += text
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.write(into: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (i, (name, value)) in members.enumerated() {
                if i > 0 { out += "," }
                JSONOut.quote(name, into: &out)
                out += ":"
                value.write(into: &out)
            }
            out += "}"
        }
    }

    /// RFC 8259 section 7: `"` and `\` escaped, control characters as `\uXXXX`; `<`, `>`
    /// and `&` too, so a text pasted into HTML by mistake cannot close a script element.
    static func quote(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}":
                out += unicodeEscape(scalar.value)
            default:
                if scalar.value < 0x20 { out += unicodeEscape(scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        out += "\""
    }

    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
