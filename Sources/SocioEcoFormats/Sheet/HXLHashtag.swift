/// An HXL hashtag as a column's tag (hxlstandard.org): `#org +impl +code`. The tag and
/// attributes are compared in lower case, attributes in any order.
public struct HXLHashtag: Hashable, Sendable, CustomStringConvertible {
    public var tag: String
    public var attributes: Set<String>

    public init(tag: String, attributes: Set<String> = []) {
        self.tag = tag.lowercased()
        self.attributes = Set(attributes.map { $0.lowercased() })
    }

    /// Parses `#tag+attr+attr`, with spaces allowed around the `+`; nil unless the text
    /// is one: a tag and each attribute are a letter then letters, digits or `_`.
    public init?(_ text: String) {
        let compact = text.filter { !$0.isWhitespace }.lowercased()
        guard compact.first == "#" else { return nil }
        let parts = compact.dropFirst().split(separator: "+", omittingEmptySubsequences: false)
        guard let tag = parts.first, parts.allSatisfy(Self.isName) else { return nil }
        self.tag = String(tag)
        attributes = Set(parts.dropFirst().map(String.init))
    }

    private static func isName(_ s: Substring) -> Bool {
        guard let f = s.unicodeScalars.first, f.properties.isAlphabetic, f.isASCII else { return false }
        return s.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }
    }

    /// Whether this column's hashtag is matched by `pattern`: the same tag, and every
    /// attribute the pattern names present (HXL's own matching rule).
    public func isMatched(by pattern: HXLHashtag) -> Bool {
        tag == pattern.tag && pattern.attributes.isSubset(of: attributes)
    }

    /// `#tag+a+b`, attributes sorted, so equal hashtags print the same.
    public var description: String {
        "#" + tag + attributes.sorted().map { "+" + $0 }.joined()
    }
}
