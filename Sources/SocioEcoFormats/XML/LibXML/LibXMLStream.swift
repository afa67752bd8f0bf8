internal import CLibXML2

/// A forward-only cursor over an XML file: the one place that drives libxml2's
/// streaming reader (`xmlTextReader`). The document is never held in memory.
///
/// Safe by construction: no network, no entity substitution, no DTD loading or
/// validation, no XInclude, libxml2's size and depth limits kept (no `XML_PARSE_HUGE`).
/// With those options libxml2 never asks its external entity loader for anything (a
/// DOCTYPE's external subset and external entities are left unread, and the reader
/// refuses DOCTYPEs anyway), so none is installed: that setting is process-wide, and
/// the host application's stays as it set it.
///
/// Each stream has its own libxml2 reader and validation context; streams on
/// different threads share nothing but the compiled schema, which libxml2 only reads.
///
/// A stream is used by one thread at a time (the one that reads it ahead, once the
/// programme reader hands it over), so its state needs no run-time exclusivity checks,
/// which cost a thread-local lookup on every read.
final class LibXMLStream {
    enum NodeKind: Equatable {
        case element, endElement, text, cdata, whitespace, comment, processingInstruction, documentType, other
    }

    private let reader: xmlTextReaderPtr
    @exclusivity(unchecked) private var validation: xmlSchemaValidCtxtPtr?
    @exclusivity(unchecked) private var log = XMLDiagnosticLog()
    var diagnostics: [XMLDiagnostic] { log.diagnostics }
    var diagnosticCount: Int { log.diagnostics.count }
    /// Whether libxml2 gave up on the document (Read returned -1). Taken as failure even
    /// when no error reached the handler, as happens on some entity bombs.
    @exclusivity(unchecked) private(set) var failed = false
    private let names = NameTokens()
    /// Whether errors past `ReaderLimits.maximumDiagnostics` were left out. Schema
    /// validation stops there too.
    var diagnosticsTruncated: Bool { log.truncated }
    private var strings = DictionaryStrings()

    private static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
        | XML_PARSE_NOWARNING.rawValue | XML_PARSE_BIG_LINES.rawValue)

    /// Opens `path` for streaming. Returns nil when libxml2 cannot open it.
    ///
    /// The file is read through a callback of ours, not `xmlReaderForFile`: that one
    /// would quietly decompress gzip and xz files, so a small compressed file could
    /// carry far more than the size limit allows, past the checks made on its bytes.
    convenience init?(path: String, schema: CompiledSchema?, progress: WorkProgress? = nil) {
        guard let source = FileSource(path: path) else { return nil }
        source.progress = progress
        self.init(source: source, name: path, schema: schema)
    }

    /// Streams `bytes`, which the caller keeps alive and unchanged for the stream's
    /// lifetime. `name` stands for the document where libxml2 needs a URL.
    ///
    /// The bytes reach libxml2 through a read callback, in the pieces it asks for, just
    /// as a file's do: how far the parser has got when it meets a broken document
    /// depends on those pieces, and a buffer handed over whole gave other messages for
    /// the same broken file.
    convenience init?(bytes: UnsafeRawBufferPointer, name: String, schema: CompiledSchema?, progress: WorkProgress? = nil) {
        let source = MemorySource(bytes)
        source.progress = progress
        self.init(source: source, name: name, schema: schema)
    }

    /// Streams the bytes `pull` gives, in the pieces libxml2 asks for: `pull` fills the
    /// buffer and returns how many bytes it wrote, 0 at the end, -1 on failure. Lets a
    /// ZIP entry be parsed as it inflates, never held whole.
    convenience init?(name: String, pull: @escaping (UnsafeMutableRawBufferPointer) -> Int) {
        self.init(source: PullSource(pull), name: name, schema: nil)
    }

    private convenience init?(source: ByteSource, name: String, schema: CompiledSchema?) {
        let context = Unmanaged.passUnretained(source).toOpaque()
        self.init(schema: schema) {
            xmlReaderForIO({ context, buffer, length in
                guard let context, let buffer, length > 0 else { return 0 }
                let source = Unmanaged<ByteSource>.fromOpaque(context).takeUnretainedValue()
                let n = source.read(into: buffer, length: Int(length))
                if n > 0, let progress = source.progress { progress.advance(by: Int(n)) }
                return n
            }, nil, context, name, nil, LibXMLStream.options)
        }
        self.source = source
    }

    /// Where the bytes come from, kept for as long as libxml2 reads them.
    private var source: ByteSource?

    private init?(schema: CompiledSchema?, open: () -> xmlTextReaderPtr?) {
        LibXMLRuntime.prepare()
        xmlResetLastError()
        guard let r = LibXMLRuntime.withThreadHandlers(open) else { return nil }
        reader = r
        let context = Unmanaged.passUnretained(self).toOpaque()
        xmlTextReaderSetStructuredErrorHandler(reader, LibXMLStream.recordError, context)
        if let schema {
            validation = xmlSchemaNewValidCtxt(schema.pointer)
            if let validation {
                xmlSchemaSetValidStructuredErrors(validation, LibXMLStream.recordError, context)
                if LibXMLRuntime.withThreadHandlers({ xmlTextReaderSchemaValidateCtxt(reader, validation, 0) }) != 0 {
                    failed = true
                }
            }
        }
    }

    deinit {
        LibXMLRuntime.withThreadHandlers {
            xmlFreeTextReader(reader)
            if let validation { xmlSchemaFreeValidCtxt(validation) }
        }
    }

    private static let recordError: xmlStructuredErrorFunc = { ctx, error in
        guard let ctx, let error else { return }
        Unmanaged<LibXMLStream>.fromOpaque(ctx).takeUnretainedValue().record(error)
    }

    /// Whether `withThreadHandlers` has this stream's handlers on the thread.
    @exclusivity(unchecked) private var handlersInstalled = false

    /// Runs `body`, which reads this stream to its end, with the thread's libxml2 error
    /// handlers set once for all its reads instead of once per `read()`.
    func withThreadHandlers<R>(_ body: () -> R) -> R {
        guard !handlersInstalled else { return body() }
        return LibXMLRuntime.withThreadHandlers(recording: threadHandler, context: Unmanaged.passUnretained(self).toOpaque()) {
            handlersInstalled = true
            defer { handlersInstalled = false }
            return body()
        }
    }

    /// With the validator plugged into the stream, libxml2 hands the parser's non-fatal
    /// errors (an undeclared namespace prefix, say) to the thread's structured handler
    /// instead of the reader's, and they were lost: the two reading modes disagreed. So
    /// while this stream reads, the thread's handler is this stream's.
    private var threadHandler: xmlStructuredErrorFunc? { validation == nil ? nil : LibXMLStream.recordError }

    /// Schema errors arrive through the reader's handler too; the domain tells them apart.
    private func record(_ error: UnsafePointer<xmlError>) { log.record(error) }

    /// Moves to the next node and says what it is. Returns nil at the end of the
    /// document or on failure.
    func read() -> NodeKind? {
        guard handlersInstalled else { return withThreadHandlers(read) }
        guard !failed else { return nil }
        if diagnosticsTruncated, validation != nil {
            // Unplugs the validator mid-stream, which libxml2 allows; the context stays
            // ours to free.
            xmlTextReaderSchemaValidateCtxt(reader, nil, 0)
            xmlSchemaFreeValidCtxt(validation)
            validation = nil
        }
        let rc = xmlTextReaderRead(reader)
        if rc == 1 { return kind }
        if rc < 0 {
            failed = true
            // Some fatal errors (a truncated file, some entity bombs) never reach the
            // handler; libxml2 still keeps the last one for the thread.
            if !diagnostics.contains(where: { $0.source == .parser }), let last = xmlGetLastError(),
               last.pointee.level.rawValue >= XML_ERR_ERROR.rawValue {
                record(last)
            }
        }
        return nil
    }

    var kind: NodeKind {
        switch UInt32(xmlTextReaderNodeType(reader)) {
        case XML_READER_TYPE_ELEMENT.rawValue: return .element
        case XML_READER_TYPE_END_ELEMENT.rawValue: return .endElement
        case XML_READER_TYPE_TEXT.rawValue: return .text
        case XML_READER_TYPE_CDATA.rawValue: return .cdata
        case XML_READER_TYPE_WHITESPACE.rawValue, XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue: return .whitespace
        case XML_READER_TYPE_COMMENT.rawValue: return .comment
        case XML_READER_TYPE_PROCESSING_INSTRUCTION.rawValue: return .processingInstruction
        case XML_READER_TYPE_DOCUMENT_TYPE.rawValue: return .documentType
        default: return .other
        }
    }

    var depth: Int { Int(xmlTextReaderDepth(reader)) }
    var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }
    var line: Int { Int(xmlTextReaderGetParserLineNumber(reader)) }

    /// Interns `text` in the reader's name dictionary and returns a token for it:
    /// names read later compare by pointer, with no string built per node.
    func intern(_ text: String, as token: Int) {
        if let p = xmlTextReaderConstString(reader, text) { names.insert(UnsafeRawPointer(p), token) }
    }

    /// The token of the current node's local name, or nil when it is not one interned.
    var localNameToken: Int? {
        guard let p = xmlTextReaderConstLocalName(reader) else { return nil }
        return names.token(for: UnsafeRawPointer(p))
    }

    /// The token of the current node's namespace URI, or nil.
    var namespaceToken: Int? {
        guard let p = xmlTextReaderConstNamespaceUri(reader) else { return nil }
        return names.token(for: UnsafeRawPointer(p))
    }

    /// Whether the current node's name is in a namespace.
    var hasNamespace: Bool { xmlTextReaderConstNamespaceUri(reader) != nil }

    /// The namespace of the current node's name, if any.
    enum Namespace: Equatable {
        case none
        /// A namespace whose URI was interned with this token.
        case interned(Int)
        case other
    }

    /// The current node's namespace in one call: libxml2 looks the URI up in its
    /// dictionary on every call, so asking `hasNamespace` and then `namespaceToken`
    /// paid that twice per element.
    var namespace: Namespace {
        guard let p = xmlTextReaderConstNamespaceUri(reader) else { return .none }
        return names.token(for: UnsafeRawPointer(p)).map(Namespace.interned) ?? .other
    }

    var localName: String { interned(xmlTextReaderConstLocalName(reader)) ?? "" }
    var prefix: String? { interned(xmlTextReaderConstPrefix(reader)) }

    /// The namespace URI as written (see `DictionaryStrings.namespaceURI`).
    var namespaceURI: String? { strings.namespaceURI(xmlTextReaderConstNamespaceUri(reader)) }

    // The current node's names as the reader's dictionary holds them: the pointers stay
    // valid, and their bytes unchanged, until the stream is freed, on any thread.
    var dictionaryLocalName: UnsafePointer<UInt8>? { xmlTextReaderConstLocalName(reader) }
    var dictionaryPrefix: UnsafePointer<UInt8>? { xmlTextReaderConstPrefix(reader) }
    var dictionaryNamespaceURI: UnsafePointer<UInt8>? { xmlTextReaderConstNamespaceUri(reader) }

    /// The token of a name from the dictionary, or nil when it is not one interned.
    func token(ofDictionaryName p: UnsafePointer<UInt8>?) -> Int? {
        p.flatMap { names.token(for: UnsafeRawPointer($0)) }
    }

    /// The namespace whose URI the dictionary holds at `p`.
    func namespace(ofDictionaryURI p: UnsafePointer<UInt8>?) -> Namespace {
        guard let p else { return .none }
        return names.token(for: UnsafeRawPointer(p)).map(Namespace.interned) ?? .other
    }

    private func interned(_ p: UnsafePointer<xmlChar>?) -> String? { strings.name(p) }

    var value: String { xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? "" }

    /// The current node's value as UTF-8 bytes, valid only inside `body`: no string is
    /// built for a value that is only parsed as a number or a cell reference.
    func withValueBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        guard let p = xmlTextReaderConstValue(reader) else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        return body(UnsafeBufferPointer(start: p, count: Int(xmlStrlen(p))))
    }

    /// Calls `body` for every attribute of the current element except namespace
    /// declarations, then moves back to the element.
    func forEachAttribute(_ body: (Attribute) -> Void) {
        guard xmlTextReaderHasAttributes(reader) == 1 else { return }
        var rc = xmlTextReaderMoveToFirstAttribute(reader)
        while rc == 1 {
            if xmlTextReaderIsNamespaceDecl(reader) != 1 {
                body(Attribute(stream: self))
            }
            rc = xmlTextReaderMoveToNextAttribute(reader)
        }
        xmlTextReaderMoveToElement(reader)
    }

    /// Calls `body` on every attribute of the current element except namespace
    /// declarations, with the stream standing on it, then moves back to the element.
    func forEachAttributeInPlace(_ body: () -> Void) {
        guard xmlTextReaderHasAttributes(reader) == 1 else { return }
        var rc = xmlTextReaderMoveToFirstAttribute(reader)
        while rc == 1 {
            if xmlTextReaderIsNamespaceDecl(reader) != 1 { body() }
            rc = xmlTextReaderMoveToNextAttribute(reader)
        }
        xmlTextReaderMoveToElement(reader)
    }

    /// A view of the attribute the reader stands on; valid only inside `forEachAttribute`.
    struct Attribute {
        fileprivate let stream: LibXMLStream
        var localNameToken: Int? { stream.localNameToken }
        var namespaceToken: Int? { stream.namespaceToken }
        var hasNamespace: Bool { xmlTextReaderConstNamespaceUri(stream.reader) != nil }
        var localName: String { stream.localName }
        var namespaceURI: String? { stream.namespaceURI }
        var prefix: String? { stream.prefix }
        var value: String { stream.value }
        func withValueBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R { stream.withValueBytes(body) }
    }
}

/// Bytes handed to libxml2 in the pieces it asks for; -1 on a read error.
class ByteSource {
    /// Told of every piece read, for a progress line.
    var progress: WorkProgress?

    func read(into buffer: UnsafeMutablePointer<CChar>, length: Int) -> Int32 { 0 }
}

final class MemorySource: ByteSource {
    private let bytes: UnsafeRawBufferPointer
    private var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    override func read(into buffer: UnsafeMutablePointer<CChar>, length: Int) -> Int32 {
        let n = min(length, bytes.count - offset)
        guard n > 0, let base = bytes.baseAddress else { return 0 }
        UnsafeMutableRawPointer(buffer).copyMemory(from: base + offset, byteCount: n)
        offset += n
        return Int32(n)
    }
}

private final class PullSource: ByteSource {
    private let pull: (UnsafeMutableRawBufferPointer) -> Int

    init(_ pull: @escaping (UnsafeMutableRawBufferPointer) -> Int) { self.pull = pull }

    override func read(into buffer: UnsafeMutablePointer<CChar>, length: Int) -> Int32 {
        Int32(clamping: pull(UnsafeMutableRawBufferPointer(start: buffer, count: length)))
    }
}

final class FileSource: ByteSource {
    private let fd: Int32

    init?(path: String) {
        guard let fd = try? SystemCalls.openForReading(path) else { return nil }
        self.fd = fd
    }

    deinit { try? SystemCalls.close(fd) }

    override func read(into buffer: UnsafeMutablePointer<CChar>, length: Int) -> Int32 {
        let n = try? SystemCalls.read(fd, into: UnsafeMutableRawBufferPointer(start: buffer, count: length))
        return n.map { Int32($0) } ?? -1
    }
}

/// A parsed XSD, compiled once and shared by every file read in the process.
final class CompiledSchema: @unchecked Sendable {
    fileprivate let pointer: xmlSchemaPtr

    /// Compiles `text` as an XSD. Returns nil, with libxml2's messages, if it does not compile.
    init(text: String) throws(SchemaCompileError) {
        var bytes = Array(text.utf8)
        var messages: [String] = []
        let parsed: xmlSchemaPtr? = bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                LibXMLRuntime.prepare()
                guard let ctxt = xmlSchemaNewMemParserCtxt(chars.baseAddress, Int32(chars.count)) else { return nil }
                defer { xmlSchemaFreeParserCtxt(ctxt) }
                return withUnsafeMutablePointer(to: &messages) { box in
                    xmlSchemaSetParserStructuredErrors(ctxt, { ctx, error in
                        guard let ctx, let error, let m = error.pointee.message else { return }
                        ctx.assumingMemoryBound(to: [String].self).pointee.append(String(cString: m))
                    }, box)
                    return LibXMLRuntime.withThreadHandlers { xmlSchemaParse(ctxt) }
                }
            }
        }
        guard let parsed else { throw SchemaCompileError(messages: messages) }
        pointer = parsed
    }

    deinit { xmlSchemaFree(pointer) }
}

struct SchemaCompileError: Error, Equatable {
    var messages: [String]
}

/// Names and namespace URIs as Swift strings, one per distinct libxml2 dictionary entry:
/// a long namespace URI used by a million attributes is held once, not copied a million
/// times. The reader's `Const` strings live in its dictionary, one pointer per distinct
/// string for the reader's lifetime, so the pointer is a safe key.
struct DictionaryStrings {
    private var names: [UnsafeRawPointer: String] = [:]
    private var uris: [UnsafeRawPointer: String] = [:]

    mutating func name(_ p: UnsafePointer<UInt8>?) -> String? {
        guard let p else { return nil }
        let key = UnsafeRawPointer(p)
        if let s = names[key] { return s }
        let s = String(cString: p)
        names[key] = s
        return s
    }

    /// The namespace URI as written. Without entity substitution libxml2 2.9 keeps
    /// every `&` of a namespace declaration as the text `&#38;` (it decodes ordinary
    /// attribute values later, but never namespace names); undoing exactly that gives
    /// the URI back, and a literal `&#38;` in a URI reads back as itself.
    mutating func namespaceURI(_ p: UnsafePointer<UInt8>?) -> String? {
        guard let p else { return nil }
        let key = UnsafeRawPointer(p)
        if let s = uris[key] { return s }
        let s = String(cString: p).replacingAll("&#38;", with: "&")
        uris[key] = s
        return s
    }
}
