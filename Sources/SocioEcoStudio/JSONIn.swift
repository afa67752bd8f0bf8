import Foundation

/// A JSON value as a request body holds it, decoded strictly: `true` is never a number
/// and `1` never a boolean, so a wrong type is refused rather than guessed.
enum JSONIn: Decodable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONIn])
    case object([String: JSONIn])

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let n = try? c.decode(Double.self) { self = .number(n) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONIn].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONIn].self)) }
    }

    /// Parses a request body; nil when it is not JSON at all.
    static func parse(_ bytes: [UInt8]) -> JSONIn? {
        try? JSONDecoder().decode(JSONIn.self, from: Data(bytes))
    }

    /// The JSON type's name, for messages.
    var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
