internal import CLibXML2

/// The errors one parse reported, up to `ReaderLimits.maximumDiagnostics`: a file of
/// millions of errors must not cost millions of messages.
struct XMLDiagnosticLog {
    private(set) var diagnostics: [XMLDiagnostic] = []
    /// Whether errors past the limit were left out.
    private(set) var truncated = false

    mutating func record(_ error: UnsafePointer<xmlError>) {
        guard XMLDiagnostic.isReported(error.pointee) else { return }
        guard diagnostics.count < ReaderLimits.maximumDiagnostics else {
            truncated = true
            return
        }
        diagnostics.append(XMLDiagnostic(error.pointee))
    }

    /// Records an error the reader says for libxml2, where libxml2 would have.
    mutating func record(_ diagnostic: XMLDiagnostic) {
        guard diagnostics.count < ReaderLimits.maximumDiagnostics else {
            truncated = true
            return
        }
        diagnostics.append(diagnostic)
    }
}

/// One error libxml2 reported, made into a Swift value: classified, located and
/// reworded inside the LibXML layer, so no code outside it reads libxml2's numbers or
/// English.
struct XMLDiagnostic: Hashable, Sendable {
    enum Source: Hashable, Sendable {
        /// Well-formedness: the parser stops at the first of these.
        case parser
        /// The XSD: the line is known, the column is not.
        case schema
    }

    /// What the error is, as far as the reader treats some apart.
    enum Kind: Hashable, Sendable {
        /// Content after the root element, which libxml2 also says when the file stops
        /// with elements still open.
        case contentAfterDocument
        /// An XSD identity constraint (`xs:key`, `xs:keyref`, `xs:unique`).
        case identityConstraint
        case other
    }

    var source: Source
    var line: Int
    /// 1-based character column, or 0 where libxml2 does not know it.
    var column: Int
    var kind: Kind
    /// libxml2's message in this tool's words (`LibXMLWording`).
    var message: String
    /// What a schema message speaks of (its `Element 'x', attribute 'y':` opening, or
    /// the whole message): libxml2 often says one thing twice.
    var subject: String
    /// The local name of the element a schema message names, if it names one.
    var element: String?
}
