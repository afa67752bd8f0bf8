internal import CLibXML2

/// What `LibXMLEvents` reports, as it parses: start tags with their attributes, end
/// tags and text. Names come as tokens where they were interned (`LibXMLEvents.intern`),
/// so a handler compares integers, never strings.
protocol LibXMLEventHandler: AnyObject {
    func startElement(_ element: LibXMLEvents.Element)
    func endElement(_ name: LibXMLEvents.Name)
    /// A piece of text; one text node may come in several pieces.
    func characters(_ text: UnsafeBufferPointer<UInt8>)
}

/// libxml2's SAX2 push parser, fed in large pieces: the fast way through a big part,
/// with no node built and no call into libxml2 per node, as the streaming reader
/// (`LibXMLStream`) needs. For large, simply shaped documents (a worksheet's rows,
/// a shared strings table) read by code that needs no line of a node.
///
/// Safe by construction, like `LibXMLStream`: the same options (no network, no entity
/// substitution, no DTD loading, libxml2's size and depth limits kept), and a DOCTYPE
/// stops the parse before its internal subset is read, so no entity is ever declared;
/// an entity reference is then an error libxml2 reports as fatal.
final class LibXMLEvents {
    /// An element's or attribute's local name, as a token where it was interned. The
    /// large parts read this way are told apart by local names alone.
    struct Name {
        fileprivate let localPointer: UnsafePointer<xmlChar>?
        fileprivate let names: NameTokens.Table

        var localToken: Int? { localPointer.flatMap { names.token(for: UnsafeRawPointer($0)) } }
    }

    /// A start tag, valid only inside `startElement`.
    struct Element {
        let name: Name
        fileprivate let attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
        fileprivate let attributeCount: Int

        /// Calls `body` with each attribute's name and value bytes (entity and character
        /// references already decoded by libxml2); namespace declarations are not among them.
        func forEachAttribute(_ body: (Name, UnsafeBufferPointer<UInt8>) -> Void) {
            guard let attributes else { return }
            for i in 0..<attributeCount {
                // libxml2 gives five pointers per attribute: local name, prefix, URI,
                // and the value's start and end.
                let base = attributes + 5 * i
                let name = Name(localPointer: base[0], names: self.name.names)
                guard let start = base[3], let end = base[4] else {
                    body(name, UnsafeBufferPointer(start: nil, count: 0))
                    continue
                }
                body(name, UnsafeBufferPointer(start: start, count: end - start))
            }
        }
    }

    private var context: xmlParserCtxtPtr?
    /// Held strongly and never changed: a callback reaches it through an unretained
    /// `self` and borrows it, with no reference count taken per node (an `unowned`
    /// reference is retained at each use, which with its atomic operations was a third
    /// of a worksheet's parse). A handler that keeps its parse holds it weakly.
    private let handler: LibXMLEventHandler
    fileprivate let names = NameTokens()
    private var log = XMLDiagnosticLog()
    var diagnostics: [XMLDiagnostic] { log.diagnostics }
    /// Set when libxml2 stopped on a fatal error, or a DOCTYPE was refused.
    private(set) var failed = false
    /// The line of a DOCTYPE, which stops the parse.
    private(set) var doctypeLine: Int?
    private var finished = false
    /// Set by `stop()`: the handler ended the parse, which is no failure of the document.
    private(set) var stopped = false

    private static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
        | XML_PARSE_NOWARNING.rawValue | XML_PARSE_BIG_LINES.rawValue)

    /// Starts a parse of the document whose first bytes are `first` (at least four, so
    /// libxml2 can tell the encoding); `name` stands for it where libxml2 needs a URL.
    init?(name: String, first: UnsafeRawBufferPointer, handler: LibXMLEventHandler) {
        LibXMLRuntime.prepare()
        self.handler = handler
        var sax = xmlSAXHandler()
        sax.initialized = XML_SAX2_MAGIC
        sax.startElementNs = { ctx, localName, _, _, _, _, count, _, attributes in
            guard let ctx else { return }
            Unmanaged<LibXMLEvents>.fromOpaque(ctx)._withUnsafeGuaranteedRef { events in
                let element = Element(name: Name(localPointer: localName, names: events.names.table),
                                      attributes: attributes, attributeCount: Int(count))
                events.handler.startElement(element)
            }
        }
        sax.endElementNs = { ctx, localName, _, _ in
            guard let ctx else { return }
            Unmanaged<LibXMLEvents>.fromOpaque(ctx)._withUnsafeGuaranteedRef { events in
                events.handler.endElement(Name(localPointer: localName, names: events.names.table))
            }
        }
        let text: charactersSAXFunc = { ctx, bytes, length in
            guard let ctx, let bytes, length > 0 else { return }
            Unmanaged<LibXMLEvents>.fromOpaque(ctx)._withUnsafeGuaranteedRef { events in
                events.handler.characters(UnsafeBufferPointer(start: bytes, count: Int(length)))
            }
        }
        sax.characters = text
        sax.cdataBlock = text
        // Without a DTD, libxml2 reports every blank as ignorable only if told; it
        // is text like any other here.
        sax.ignorableWhitespace = text
        sax.internalSubset = { ctx, _, _, _ in
            guard let ctx else { return }
            Unmanaged<LibXMLEvents>.fromOpaque(ctx).takeUnretainedValue().refuseDoctype()
        }
        sax.serror = { ctx, error in
            guard let ctx, let error else { return }
            Unmanaged<LibXMLEvents>.fromOpaque(ctx).takeUnretainedValue().record(error)
        }
        let me = Unmanaged.passUnretained(self).toOpaque()
        let created: xmlParserCtxtPtr? = first.withMemoryRebound(to: CChar.self) { chars in
            LibXMLRuntime.withThreadHandlers {
                xmlCreatePushParserCtxt(&sax, me, chars.baseAddress, Int32(chars.count), name)
            }
        }
        guard let created else { return nil }
        context = created
        xmlCtxtUseOptions(created, Self.options)
    }

    deinit {
        if let context { LibXMLRuntime.free(pushParser: context) }
    }

    /// Interns `text` in the parser's name dictionary as `token`: names met later
    /// compare by address.
    func intern(_ text: String, as token: Int) {
        guard let dict = context?.pointee.dict else { return }
        if let p = xmlDictLookup(dict, text, -1) { names.insert(UnsafeRawPointer(p), token) }
    }

    /// Parses `bytes`, calling the handler for what they complete. Returns false once
    /// the parse has stopped (an error, a DOCTYPE, or `stop()`).
    @discardableResult
    func feed(_ bytes: UnsafeRawBufferPointer) -> Bool {
        parse(bytes, terminate: false)
    }

    /// Tells libxml2 the document ends here; returns whether it was complete and well formed.
    @discardableResult
    func finish() -> Bool {
        guard !finished else { return !failed }
        finished = true
        return parse(UnsafeRawBufferPointer(start: nil, count: 0), terminate: true)
    }

    /// Stops the parse from inside a handler; nothing more is reported.
    func stop() {
        guard let context, !stopped else { return }
        stopped = true
        finished = true
        xmlStopParser(context)
    }

    var line: Int { context.map { Int(xmlSAX2GetLineNumber($0)) } ?? 0 }

    private func parse(_ bytes: UnsafeRawBufferPointer, terminate: Bool) -> Bool {
        guard let context, !failed, !stopped else { return false }
        if context.pointee.disableSAX != 0 || context.pointee.instate == XML_PARSER_EOF {
            return terminate && context.pointee.wellFormed != 0 && !failed
        }
        let rc = bytes.withMemoryRebound(to: CChar.self) { chars in
            LibXMLRuntime.withThreadHandlers {
                xmlParseChunk(context, chars.baseAddress, Int32(chars.count), terminate ? 1 : 0)
            }
        }
        if stopped { return false }
        if rc != 0 || context.pointee.wellFormed == 0 {
            failed = true
            if diagnostics.isEmpty, let last = xmlCtxtGetLastError(context), last.pointee.level.rawValue >= XML_ERR_ERROR.rawValue {
                record(last)
            }
            return false
        }
        return !(context.pointee.disableSAX != 0 || context.pointee.instate == XML_PARSER_EOF) || terminate
    }

    private func refuseDoctype() {
        doctypeLine = line
        stop()
        failed = true
    }

    private func record(_ error: UnsafePointer<xmlError>) { log.record(error) }
}
