/// A JSON value with object members kept in the order given, so output is deterministic.
enum JSONValue {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    static func optional(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }

    /// Two-space indented text; an empty array or object stays on one line, and so does
    /// an array or object that holds no array or object.
    func write(into out: inout String, indent: Int = 0) {
        switch self {
        case .string(let s): JSONValue.quote(s, into: &out)
        case .int(let n): out += String(n)
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            if items.allSatisfy(\.isScalar) {
                out += "["
                for (i, v) in items.enumerated() {
                    if i > 0 { out += ", " }
                    v.write(into: &out)
                }
                out += "]"
                return
            }
            out += "[\n"
            for (i, v) in items.enumerated() {
                JSONValue.pad(&out, indent + 1)
                v.write(into: &out, indent: indent + 1)
                out += i + 1 < items.count ? ",\n" : "\n"
            }
            JSONValue.pad(&out, indent)
            out += "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            if members.allSatisfy({ $0.1.isScalar }) {
                out += "{"
                for (i, (k, v)) in members.enumerated() {
                    if i > 0 { out += ", " }
                    JSONValue.quote(k, into: &out)
                    out += ": "
                    v.write(into: &out)
                }
                out += "}"
                return
            }
            out += "{\n"
            for (i, (k, v)) in members.enumerated() {
                JSONValue.pad(&out, indent + 1)
                JSONValue.quote(k, into: &out)
                out += ": "
                v.write(into: &out, indent: indent + 1)
                out += i + 1 < members.count ? ",\n" : "\n"
            }
            JSONValue.pad(&out, indent)
            out += "}"
        }
    }

    private var isScalar: Bool {
        switch self {
        case .array(let a): return a.isEmpty
        case .object(let o): return o.isEmpty
        default: return true
        }
    }

    private static func pad(_ out: inout String, _ n: Int) {
        for _ in 0..<n { out += "  " }
    }

    /// A JSON string per RFC 8259 section 7: `"` and `\` escaped, every control
    /// character below U+0020 escaped (the short forms where they exist). U+2028 and
    /// U+2029 are escaped too, so the text can be pasted into JavaScript source.
    /// Works per Unicode scalar, so a combining mark at the start cannot merge with the quote.
    static func quote(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x08: out += "\\b"
            case 0x0C: out += "\\f"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x00...0x1F, 0x2028, 0x2029:
                let hex = String(scalar.value, radix: 16, uppercase: false)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
