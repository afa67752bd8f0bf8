/// How an intervention's progress is measured.
public struct Indicator: Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<Indicator>

    public var id: ID
    public var target: DecimalNumber?
    public var unit: IndicatorUnit?
    /// The indicator's wording, kept exactly as written.
    public var text: String

    public init(id: ID, target: DecimalNumber? = nil, unit: IndicatorUnit? = nil, text: String) {
        self.id = id
        self.target = target
        self.unit = unit
        self.text = text
    }
}

/// A non-negative decimal kept in the lexical form it was written in, so that `0.50`
/// goes back out as `0.50`.
public struct DecimalNumber: Hashable, Sendable, CustomStringConvertible {
    public let text: String

    /// Accepts `(0|[1-9][0-9]*)(\.[0-9]+)?`: no sign, no exponent, no leading zeros,
    /// no bare point, as the format writes targets.
    public init?(_ text: String) {
        let b = Array(text.utf8)
        func digit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
        guard let first = b.first, digit(first), b.count <= 40 else { return nil }
        var i = 1
        if first != 0x30 { while i < b.count && digit(b[i]) { i += 1 } }
        if i < b.count {
            guard b[i] == UInt8(ascii: "."), i + 1 < b.count else { return nil }
            i += 1
            while i < b.count && digit(b[i]) { i += 1 }
        }
        guard i == b.count else { return nil }
        self.text = text
    }

    public var value: Double { Double(text) ?? 0 }
    public var description: String { text }
}
