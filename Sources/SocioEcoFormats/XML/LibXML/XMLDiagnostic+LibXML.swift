internal import CLibXML2

extension XMLDiagnostic {
    /// Whether the reader reports `error`: not a warning, nor what the format allows.
    static func isReported(_ error: xmlError) -> Bool {
        guard error.level.rawValue >= XML_ERR_ERROR.rawValue else { return false }
        // A namespace name that is not an RFC 3986 URI (an IRI such as urn:example:é) is
        // a namespace warning that libxml2 raises as an error, and only when no schema
        // is attached to the stream. The format takes namespace names as strings, so
        // both reading modes accept it.
        return error.code != Int32(XML_WAR_NS_URI.rawValue) && error.code != Int32(XML_WAR_NS_URI_RELATIVE.rawValue)
    }

    /// `error` as the reader needs it: classified, located and reworded.
    init(_ error: xmlError) {
        let source: Source = error.domain == Int32(XML_FROM_SCHEMASV.rawValue) ? .schema : .parser
        let text = error.message.map { String(cString: $0) } ?? "malformed XML"
        let kind: Kind
        switch error.code {
        case Int32(XML_ERR_DOCUMENT_END.rawValue): kind = .contentAfterDocument
        case Int32(XML_SCHEMAV_CVC_IDC.rawValue): kind = .identityConstraint
        default: kind = .other
        }
        self.init(source: source, line: Int(error.line), column: source == .schema ? 0 : Int(error.int2), kind: kind,
            message: LibXMLWording.tidy(text), subject: String(Self.subject(of: text)),
            element: source == .schema ? Self.elementName(in: text).map(String.init) : nil)
    }

    /// libxml2 starts schema messages with `Element 'x', attribute 'y':`; two messages
    /// with the same start speak of the same thing.
    static func subject(of message: String) -> Substring {
        guard let colon = message.utf8Range(of: "': ") else { return message[...] }
        return message[..<colon.upperBound]
    }

    /// The local name of the element a libxml2 schema message speaks of, from its
    /// opening `Element '{namespace}name'` or `Element 'prefix:name'`.
    static func elementName(in message: String) -> Substring? {
        guard message.hasPrefix("Element '") else { return nil }
        let rest = message.dropFirst("Element '".count)
        guard let close = rest.firstIndex(of: "'") else { return nil }
        var name = rest[..<close]
        if let brace = name.lastIndex(of: "}") { name = name[name.index(after: brace)...] }
        if let colon = name.lastIndex(of: ":") { name = name[name.index(after: colon)...] }
        return name
    }
}
