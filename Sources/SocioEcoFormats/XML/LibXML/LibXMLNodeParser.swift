internal import CLibXML2

/// The nodes a programme file is read as, made by libxml2's SAX2 push parser: the same
/// nodes, in the same order, as `LibXMLStream` gives through `xmlTextReader`, at a
/// fraction of its cost, as no tree node is built and freed per node and no call into
/// libxml2 is made per name or value. For reads without the XSD validator, which only
/// plugs into the streaming reader.
///
/// What the streaming reader does on top of the parser is done here the same way:
/// adjacent pieces of text are one text node (libxml2 hands them over in pieces of a
/// few hundred bytes, and around each character or entity reference), as are adjacent
/// CDATA pieces; a text node of blanks alone is whitespace; `&amp;` in an attribute
/// value, which libxml2's parser leaves as `&#38;` for the tree builder to decode, is
/// decoded. `<a/>` is given as a start and an end, as `<a></a>` is.
///
/// The bytes are fed in the pieces the streaming reader feeds them (its first four,
/// then 512 at a time), as how far the parser has got when it meets a broken document
/// depends on them, and the same broken file must give the same messages.
///
/// Safe by construction, as `LibXMLStream`: the same options, and a DOCTYPE ends the
/// parse before its internal subset is read.
///
/// Used by one thread at a time (the one that reads ahead, once the programme reader
/// hands it over), so its state needs no run-time exclusivity checks, which cost a
/// thread-local lookup on every access from a callback.
final class LibXMLNodeParser {
    typealias Node = LibXMLReadAhead.Node
    typealias Batch = LibXMLReadAhead.Batch

    @exclusivity(unchecked) private var context: xmlParserCtxtPtr?
    private let source: ByteSource
    private let names = NameTokens()
    @exclusivity(unchecked) private var log = XMLDiagnosticLog()
    var diagnostics: [XMLDiagnostic] { log.diagnostics }
    var diagnosticCount: Int { log.diagnostics.count }
    var diagnosticsTruncated: Bool { log.truncated }
    /// Whether libxml2 gave up on the document, or its bytes could not be read.
    @exclusivity(unchecked) private(set) var failed = false
    /// Whether nothing more is fed: the document ended, failed or was stopped.
    @exclusivity(unchecked) private var ended = false

    /// Where the callbacks put the nodes; taken whole by `takeBatch()`.
    @exclusivity(unchecked) private(set) var batch = Batch()
    /// Nodes made since the start, over every batch.
    @exclusivity(unchecked) private(set) var made = 0
    /// The index in `batch.nodes` of a text or CDATA node still growing, or -1.
    @exclusivity(unchecked) private var openText = -1
    @exclusivity(unchecked) private var openTextIsBlank = true
    /// How many errors libxml2 had reported by each node, for a caller that stops early:
    /// an error met after the n-th node is the (n+1)-th read's, as the streaming reader
    /// would have said it when asked for the next node.
    @exclusivity(unchecked) private(set) var marks: [LibXMLReadAhead.Mark] = []

    private static let piece = 512
    private static let read = 4096
    private let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 2 * 4096, alignment: 1)
    @exclusivity(unchecked) private var start = 0
    @exclusivity(unchecked) private var end = 0
    @exclusivity(unchecked) private var sourceEnded = false

    private static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
        | XML_PARSE_NOWARNING.rawValue | XML_PARSE_BIG_LINES.rawValue)

    /// Opens `path` for parsing. Returns nil when it cannot be opened.
    convenience init?(path: String, progress: WorkProgress? = nil) {
        guard let source = FileSource(path: path) else { return nil }
        source.progress = progress
        self.init(source: source, name: path)
    }

    /// Parses `bytes`, which the caller keeps alive and unchanged for the parser's lifetime.
    convenience init?(bytes: UnsafeRawBufferPointer, name: String, progress: WorkProgress? = nil) {
        let source = MemorySource(bytes)
        source.progress = progress
        self.init(source: source, name: name)
    }

    private init?(source: ByteSource, name: String) {
        self.source = source
        LibXMLRuntime.prepare()
        var sax = xmlSAXHandler()
        sax.initialized = XML_SAX2_MAGIC
        sax.startElementNs = { ctx, localName, prefix, uri, _, _, count, _, attributes in
            guard let ctx else { return }
            Unmanaged<LibXMLNodeParser>.fromOpaque(ctx)._withUnsafeGuaranteedRef {
                $0.startElement(localName, prefix, uri, Int(count), attributes)
            }
        }
        sax.endElementNs = { ctx, _, _, _ in
            guard let ctx else { return }
            Unmanaged<LibXMLNodeParser>.fromOpaque(ctx)._withUnsafeGuaranteedRef { $0.endElement() }
        }
        let text: charactersSAXFunc = { ctx, bytes, length in
            guard let ctx, let bytes, length > 0 else { return }
            Unmanaged<LibXMLNodeParser>.fromOpaque(ctx)._withUnsafeGuaranteedRef {
                $0.characters(UnsafeBufferPointer(start: bytes, count: Int(length)), cdata: false)
            }
        }
        sax.characters = text
        sax.ignorableWhitespace = text
        sax.cdataBlock = { ctx, bytes, length in
            guard let ctx, let bytes, length > 0 else { return }
            Unmanaged<LibXMLNodeParser>.fromOpaque(ctx)._withUnsafeGuaranteedRef {
                $0.characters(UnsafeBufferPointer(start: bytes, count: Int(length)), cdata: true)
            }
        }
        sax.comment = { ctx, _ in
            guard let ctx else { return }
            Unmanaged<LibXMLNodeParser>.fromOpaque(ctx)._withUnsafeGuaranteedRef { $0.append(.comment) }
        }
        sax.processingInstruction = { ctx, _, _ in
            guard let ctx else { return }
            Unmanaged<LibXMLNodeParser>.fromOpaque(ctx)._withUnsafeGuaranteedRef { $0.append(.processingInstruction) }
        }
        // An entity the document never declared: an error libxml2 reports as fatal. The
        // streaming reader gives a node for the reference, which ends a text node.
        sax.reference = { ctx, _ in
            guard let ctx else { return }
            Unmanaged<LibXMLNodeParser>.fromOpaque(ctx)._withUnsafeGuaranteedRef { $0.append(.other) }
        }
        sax.internalSubset = { ctx, _, _, _ in
            guard let ctx else { return }
            Unmanaged<LibXMLNodeParser>.fromOpaque(ctx)._withUnsafeGuaranteedRef { $0.doctype() }
        }
        sax.serror = { ctx, error in
            guard let ctx, let error else { return }
            Unmanaged<LibXMLNodeParser>.fromOpaque(ctx)._withUnsafeGuaranteedRef { $0.record(error) }
        }
        marks = [LibXMLReadAhead.Mark(reads: 0, count: 0, truncated: false)]
        xmlResetLastError()
        // The streaming reader reads the first four bytes alone, for the encoding.
        let firstRead = source.read(into: buffer.baseAddress!.assumingMemoryBound(to: CChar.self), length: 4)
        if firstRead > 0 {
            end = Int(firstRead)
            source.progress?.advance(by: Int(firstRead))
        } else {
            sourceEnded = true
            sourceFailed = firstRead < 0
        }
        let first = min(4, end - start)
        let me = Unmanaged.passUnretained(self).toOpaque()
        let created: xmlParserCtxtPtr? = LibXMLRuntime.withThreadHandlers {
            xmlCreatePushParserCtxt(&sax, me, first == 4 ? buffer.baseAddress!.assumingMemoryBound(to: CChar.self) : nil,
                                    first == 4 ? 4 : 0, name)
        }
        guard let created else {
            buffer.deallocate()
            return nil
        }
        if first == 4 { start += 4 }
        context = created
        xmlCtxtUseOptions(created, Self.options)
    }

    deinit {
        if let context { LibXMLRuntime.free(pushParser: context) }
        buffer.deallocate()
    }

    /// Interns `text` in the parser's dictionary as `token`: names met later compare by
    /// address.
    func intern(_ text: String, as token: Int) {
        guard let dict = context?.pointee.dict else { return }
        if let p = xmlDictLookup(dict, text, -1) { names.insert(UnsafeRawPointer(p), token) }
    }

    var line: Int { context.map { Int(xmlSAX2GetLineNumber($0)) } ?? 0 }

    /// Whether the nodes made so far can be handed over: none of them may yet be taken
    /// back by a failure (see `step()`).
    var isSettled: Bool {
        openText < 0 && window == batch.nodes.count
            && (batch.nodes.last.map { $0.kind == .element || $0.kind == .endElement } ?? true)
    }

    /// The nodes made since the last call; a text node still growing stays, to grow on.
    /// `empty` (a batch the caller is done with, or a new one) takes their place.
    func takeBatch(replacingWith empty: Batch) -> Batch {
        var next = empty
        swap(&next, &batch)
        window = 0
        if openText >= 0 {
            var node = next.nodes.removeLast()
            let bytes = next.bytes[Int(node.valueStart)...]
            node.valueStart = 0
            batch.bytes.append(contentsOf: bytes)
            next.bytes.removeLast(bytes.count)
            batch.nodes.append(node)
            openText = 0
        }
        return next
    }

    /// Where, in `batch.nodes`, the nodes made since the last piece that held a start or
    /// end tag begin: the streaming reader feeds the parser piece after piece until one
    /// does, and hands out none of the nodes of a run of pieces that failed.
    @exclusivity(unchecked) private var window = 0
    /// Whether the piece being parsed held a start or end tag.
    @exclusivity(unchecked) private var tagInPiece = false
    /// Whether the streaming reader would have handed out its first node.
    @exclusivity(unchecked) private var begun = false

    /// Runs `body`, which feeds this parser, with this parser recording the errors
    /// libxml2 raises on the thread without a parser context (an input conversion that
    /// failed, say), as the streaming reader does with its XSD validator plugged in;
    /// set once for many steps, not once per step.
    func withThreadHandlers<R>(_ body: () -> R) -> R {
        LibXMLRuntime.withThreadHandlers(recording: { ctx, error in
            guard let ctx, let error else { return }
            Unmanaged<LibXMLNodeParser>.fromOpaque(ctx)._withUnsafeGuaranteedRef { $0.record(error) }
        }, context: Unmanaged.passUnretained(self).toOpaque(), body)
    }

    /// Feeds the parser its next piece, making the nodes it completes. False once the
    /// document has ended, failed or was stopped. Runs inside `withThreadHandlers`.
    func step() -> Bool {
        guard let context, !ended else { return false }
        // As the streaming reader feeds the parser: full pieces while there are bytes
        // for one; short of that, 4,096 more are read; if none come, what is left goes
        // with the end of the document, and if too few come, they go as a short piece.
        var terminate = false
        if end - start < Self.piece {
            terminate = !refill()
        }
        let n = min(Self.piece, end - start)
        tagInPiece = false
        let rc = xmlParseChunk(context, buffer.baseAddress!.advanced(by: start).assumingMemoryBound(to: CChar.self),
                               Int32(n), terminate ? 1 : 0)
        start += n
        if ended && !failed {
            // A DOCTYPE stopped the parse; the caller stops at its node.
            closeText()
            return false
        }
        if failed || rc != 0 || context.pointee.wellFormed == 0 || (terminate && sourceFailed) {
            failed = true
            ended = true
            openText = -1
            // The streaming reader never hands out the nodes of the pieces that failed,
            // nor the text before them it was still waiting to see the end of: they may be
            // cut short (`<standa` at the end of a truncated file).
            var keep = window
            if keep > 0, [.text, .cdata, .whitespace].contains(batch.nodes[keep - 1].kind) { keep -= 1 }
            made -= batch.nodes.count - keep
            batch.nodes.removeSubrange(keep...)
            // Some fatal errors (a truncated file, an encoding libxml2 cannot convert)
            // never reach the handler; libxml2 still keeps the last one for the thread.
            if !diagnostics.contains(where: { $0.source == .parser }), let last = xmlGetLastError(),
               last.pointee.level.rawValue >= XML_ERR_ERROR.rawValue {
                record(last)
            }
            return false
        }
        // The streaming reader also stops feeding after a short piece; and at first it
        // feeds on until an element is open.
        if tagInPiece || n < Self.piece, begun || open > 0 {
            window = batch.nodes.count
            begun = true
        }
        if terminate {
            ended = true
            closeText()
            return false
        }
        return true
    }

    @exclusivity(unchecked) private var sourceFailed = false

    /// Reads up to 4,096 more bytes after those not yet fed, which move to the front;
    /// false when none came (the end, or a read error).
    private func refill() -> Bool {
        guard !sourceEnded else { return false }
        let left = end - start
        if left > 0, start > 0 { buffer.baseAddress!.copyMemory(from: buffer.baseAddress! + start, byteCount: left) }
        start = 0
        end = left
        let n = source.read(into: (buffer.baseAddress! + left).assumingMemoryBound(to: CChar.self), length: Self.read)
        if n <= 0 {
            sourceEnded = true
            sourceFailed = n < 0
            return false
        }
        end = left + Int(n)
        source.progress?.advance(by: Int(n))
        return true
    }

    // MARK: The callbacks' work

    private func startElement(_ localName: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?,
                              _ uri: UnsafePointer<xmlChar>?, _ count: Int,
                              _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        closeText()
        guard open <= ReaderLimits.maximumDepth else { return tooDeep() }
        open += 1
        var node = Node(kind: .element)
        describe(&node, localName, prefix, uri)
        node.firstAttribute = Int32(batch.attributes.count)
        if let attributes, count > 0 {
            for i in 0..<count {
                // Five pointers per attribute: local name, prefix, URI, value start and end.
                let base = attributes + 5 * i
                var attribute = Node(kind: .other)
                describe(&attribute, base[0], base[1], base[2])
                if let from = base[3], let to = base[4] {
                    copyAttributeValue(UnsafeBufferPointer(start: from, count: to - from), into: &attribute)
                } else {
                    attribute.valueStart = Int32(batch.bytes.count)
                    attribute.valueCount = 0
                }
                batch.attributes.append(attribute)
            }
        }
        node.attributeCount = Int32(batch.attributes.count) - node.firstAttribute
        batch.nodes.append(node)
        made += 1
        tagInPiece = true
    }

    /// Elements open, for libxml2's depth limit, which its tree builder (and so the
    /// streaming reader) enforces and its SAX2 parser alone does not.
    @exclusivity(unchecked) private var open = 0

    /// What libxml2's tree builder says past its depth limit, where it says it: the
    /// parser stands at the end of the start tag.
    private func tooDeep() {
        guard let context else { return }
        let input = context.pointee.input
        log.record(XMLDiagnostic(source: .parser, line: Int(input?.pointee.line ?? 0), column: Int(input?.pointee.col ?? 0),
            kind: .other, message: LibXMLWording.tidy("Excessive depth in document: \(ReaderLimits.maximumDepth) use XML_PARSE_HUGE option"),
            subject: "Excessive depth in document", element: nil))
        marks.append(LibXMLReadAhead.Mark(reads: made + 1, count: log.diagnostics.count, truncated: log.truncated))
        failed = true
        ended = true
        xmlStopParser(context)
    }

    private func describe(_ node: inout Node, _ localName: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?,
                          _ uri: UnsafePointer<xmlChar>?) {
        var localName = localName
        var prefix = prefix
        if let p = prefix, uri == nil, let dict = context?.pointee.dict {
            // A prefix never declared (an error libxml2 has reported): the tree builder
            // names the node by its whole qualified name, with no prefix.
            localName = xmlDictQLookup(dict, p, localName)
            prefix = nil
        }
        node.localName = localName
        node.nameToken = localName.flatMap { names.token(for: UnsafeRawPointer($0)) }.map(Int32.init) ?? -1
        node.prefix = prefix
        node.namespaceURI = uri
        if let uri {
            node.namespace = names.token(for: UnsafeRawPointer(uri)).map(LibXMLStream.Namespace.interned) ?? .other
        } else {
            node.namespace = .none
        }
    }

    /// An attribute's value as the tree builder would decode it: libxml2's parser,
    /// without entity substitution, leaves each `&amp;` (and `&#38;`) as the text
    /// `&#38;`, and nothing else in that form.
    private func copyAttributeValue(_ value: UnsafeBufferPointer<UInt8>, into node: inout Node) {
        node.valueStart = Int32(batch.bytes.count)
        if !value.contains(UInt8(ascii: "&")) {
            batch.bytes.append(contentsOf: value)
        } else {
            var i = 0
            let escaped = Array("&#38;".utf8)
            while i < value.count {
                if value[i] == UInt8(ascii: "&"), i + escaped.count <= value.count,
                   value[i..<(i + escaped.count)].elementsEqual(escaped) {
                    batch.bytes.append(UInt8(ascii: "&"))
                    i += escaped.count
                } else {
                    batch.bytes.append(value[i])
                    i += 1
                }
            }
        }
        node.valueCount = Int32(batch.bytes.count) - node.valueStart
    }

    private func characters(_ bytes: UnsafeBufferPointer<UInt8>, cdata: Bool) {
        let kind: LibXMLStream.NodeKind = cdata ? .cdata : .text
        if openText < 0 || batch.nodes[openText].kind != kind {
            closeText()
            var node = Node(kind: kind)
            node.valueStart = Int32(batch.bytes.count)
            node.valueCount = 0
            openText = batch.nodes.count
            openTextIsBlank = true
            batch.nodes.append(node)
            made += 1
        }
        if openTextIsBlank {
            openTextIsBlank = bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        }
        batch.bytes.append(contentsOf: bytes)
        batch.nodes[openText].valueCount += Int32(bytes.count)
    }

    private func closeText() {
        guard openText >= 0 else { return }
        if openTextIsBlank && batch.nodes[openText].kind == .text { batch.nodes[openText].kind = .whitespace }
        openText = -1
    }

    private func endElement() {
        open -= 1
        append(.endElement)
        tagInPiece = true
    }

    private func append(_ kind: LibXMLStream.NodeKind) {
        closeText()
        batch.nodes.append(Node(kind: kind))
        made += 1
    }

    private func doctype() {
        append(.documentType)
        ended = true
        if let context { xmlStopParser(context) }
    }

    private func record(_ error: UnsafePointer<xmlError>) {
        let before = (log.diagnostics.count, log.truncated)
        log.record(error)
        if (log.diagnostics.count, log.truncated) != before {
            marks.append(LibXMLReadAhead.Mark(reads: made + 1, count: log.diagnostics.count, truncated: log.truncated))
        }
    }
}
