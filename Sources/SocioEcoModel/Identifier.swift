/// A string identifier tagged with the kind of thing it names, so that an agency id
/// can never be passed where an intervention id is expected.
///
/// Ids compare as strings, case-sensitively: `014` is not `14`.
public struct Identifier<Tag>: Hashable, Comparable, Sendable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        // Byte order, not locale order: reports must sort the same everywhere.
        lhs.rawValue.utf8.lexicographicallyPrecedes(rhs.rawValue.utf8)
    }

    /// Whether `rawValue` has the shape the format requires of every id:
    /// `[A-Za-z0-9][A-Za-z0-9._-]{0,63}`.
    public var isWellFormed: Bool { Self.isWellFormed(rawValue) }

    public static func isWellFormed(_ text: String) -> Bool {
        // On the contiguous bytes: the reader checks every id of a file, and walking the
        // string's UTF-8 view by index cost several times the check itself.
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.first, bytes.count <= 64, isAlphanumeric(first) else { return false }
            for b in bytes.dropFirst() where !(isAlphanumeric(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: "-")) {
                return false
            }
            return true
        }
    }

    private static func isAlphanumeric(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }
}

extension Identifier: Codable {
    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}

/// The id rule of the format in words, for every message that refuses an id: the reader,
/// the model's rules and the command line all say it the same way.
public enum IdentifierRule {
    public static let advice = "use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit, with no spaces"

    /// Why `text` cannot be an id, as a sentence naming it as `what`, or nil when it can.
    public static func refusal(of text: String, naming what: String) -> String? {
        Identifier<Never>.isWellFormed(text) ? nil : "\(what) '\(text)' is not a valid id; \(advice)"
    }
}

/// The rule every title of the format follows, for the model's checks and for callers
/// that take a title from elsewhere (a command-line option, a spreadsheet cell).
public enum TitleRule {
    /// Whether `text` holds nothing but XML whitespace, which the format refuses.
    public static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    }
}

public enum PopulationGroupTag {}
/// A population group an intervention reaches (`girls`, `caregivers`, ...): a free vocabulary.
public typealias PopulationGroup = Identifier<PopulationGroupTag>
