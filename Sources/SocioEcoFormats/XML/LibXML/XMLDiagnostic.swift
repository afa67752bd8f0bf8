/// One error libxml2 reported, made into a Swift value.
struct XMLDiagnostic: Hashable, Sendable {
    enum Source: Hashable, Sendable {
        /// Well-formedness: the parser stops at the first of these.
        case parser
        /// The XSD: the line is known, the column is not.
        case schema
    }

    var source: Source
    var line: Int
    /// 1-based character column, or 0 where libxml2 does not know it.
    var column: Int
    var message: String
    /// libxml2's error code, to tell identity-constraint errors from others.
    var code: Int
}
