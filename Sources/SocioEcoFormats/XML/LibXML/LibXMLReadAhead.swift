import Foundation

/// A `LibXMLStream` read on a thread of its own, a few batches of nodes ahead of the
/// caller: libxml2 parses (and, with a schema, validates) on one core while the caller
/// builds the programme on the other. Before, the two took turns on one core, about
/// half the time each.
///
/// The caller sees exactly what reading the stream directly gives: the same nodes in
/// the same order, and, once `stop()` is called, the same errors. A caller that stops
/// early (a limit reached) sees only the errors libxml2 had met up to the last node it
/// took, though the thread may have read further.
///
/// Memory stays bounded: at most `depth` batches of `batchNodes` nodes (their texts
/// copied, their names pointers into libxml2's dictionary) wait.
final class LibXMLReadAhead {
    typealias NodeKind = LibXMLStream.NodeKind
    typealias Namespace = LibXMLStream.Namespace

    /// A node, or an attribute of one, as the thread saw it.
    struct Node {
        var kind: NodeKind
        var isEmpty = false
        /// The interned token of the local name, -1 for none.
        var nameToken: Int32 = -1
        var namespace: Namespace = .none
        /// Where the value stands in the batch's `strings`, -1 when it was not made
        /// there. Declared here, it takes padding after `namespace`: nodes stay 64 bytes.
        var string: Int32 = -1
        var localName: UnsafePointer<UInt8>?
        var prefix: UnsafePointer<UInt8>?
        var namespaceURI: UnsafePointer<UInt8>?
        /// The value's bytes in the batch, `valueCount` -1 when there is none.
        var valueStart: Int32 = 0
        var valueCount: Int32 = -1
        var firstAttribute: Int32 = 0
        var attributeCount: Int32 = 0
    }

    /// Filled by the thread in local variables and handed over whole: a class's
    /// variable stored properties would cost a run-time exclusivity check per access.
    struct Batch {
        var nodes: [Node] = []
        var attributes: [Node] = []
        var bytes: [UInt8] = []
        /// The values of attributes and of text, made on the reading thread: the caller
        /// takes every one of them as a string, and making them there split the work of
        /// a read evenly between the two threads.
        var strings: [String] = []
        /// Whether the stream ended after these nodes.
        var ended = false

        /// Makes `strings` from the values' bytes. Whitespace between elements is left
        /// as bytes: there is a lot of it, and it is rarely asked for.
        mutating func makeStrings() {
            guard strings.isEmpty else { return }
            var made = strings
            made.reserveCapacity(attributes.count + nodes.count / 4)
            let bytes = self.bytes
            bytes.withUnsafeBufferPointer { all in
                func make(_ node: inout Node) {
                    guard node.valueCount > 0 else { return }
                    let start = Int(node.valueStart)
                    node.string = Int32(made.count)
                    made.append(String(decoding: UnsafeBufferPointer(rebasing: all[start..<start + Int(node.valueCount)]), as: UTF8.self))
                }
                for i in attributes.indices { make(&attributes[i]) }
                for i in nodes.indices where nodes[i].kind == .text || nodes[i].kind == .cdata { make(&nodes[i]) }
            }
            strings = made
        }
    }

    private let producer: Producer
    private var started = false
    private var stopped = false
    // The caller's own, used on its thread alone: no run-time exclusivity checks.
    @exclusivity(unchecked) private var batch = Batch()
    @exclusivity(unchecked) private var index = -1
    @exclusivity(unchecked) private var taken = 0
    @exclusivity(unchecked) private var sawEnd = false
    @exclusivity(unchecked) private var strings = DictionaryStrings()

    // What the caller is told once stopped.
    private(set) var diagnostics: [XMLDiagnostic] = []
    private(set) var diagnosticsTruncated = false
    private(set) var failed = false
    private(set) var line = 0

    /// With `inline`, for a small document, the whole of it is read on the caller's
    /// thread at the first `read()`, with no thread started: starting one cost more
    /// than reading a few kilobytes, and more than halved the fuzz targets' pace.
    init(_ stream: LibXMLStream, inline: Bool = false, batchNodes: Int = 2048, depth: Int = 4) {
        producer = Producer(source: .stream(stream), inline: inline, batchNodes: max(batchNodes, 1), depth: max(depth, 1))
    }

    /// The same, with the nodes made by libxml2's SAX2 parser (no XSD validator).
    init(_ parser: LibXMLNodeParser, inline: Bool = false, batchNodes: Int = 2048, depth: Int = 4) {
        producer = Producer(source: .parser(parser), inline: inline, batchNodes: max(batchNodes, 1), depth: max(depth, 1))
    }

    /// How many errors libxml2 had reported after each read that added some, for a
    /// caller that stops early.
    struct Mark {
        var reads: Int
        var count: Int
        var truncated: Bool
    }

    deinit { stop() }

    /// Interns `text` as `token` for the nodes' name tokens; only before the first `read()`.
    func intern(_ text: String, as token: Int) {
        precondition(!started, "names are interned before the first read")
        switch producer.source {
        case .stream(let stream): stream.intern(text, as: token)
        case .parser(let parser): parser.intern(text, as: token)
        }
    }

    /// Moves to the next node and says what it is; nil at the end of the document or on
    /// failure.
    func read() -> NodeKind? {
        if !started {
            started = true
            producer.start()
        }
        if index + 1 < batch.nodes.count {
            index += 1
            taken += 1
            return batch.nodes[index].kind
        }
        while !sawEnd {
            if batch.ended {
                sawEnd = true
                break
            }
            guard let next = producer.take() else {
                sawEnd = true
                break
            }
            producer.recycle(&batch)
            batch = next
            index = -1
            if !next.nodes.isEmpty {
                index = 0
                taken += 1
                return next.nodes[0].kind
            }
        }
        return nil
    }

    /// Ends the read: stops the thread if the caller stopped early, waits for it, and
    /// settles the errors the caller is told.
    func stop() {
        guard !stopped else { return }
        stopped = true
        guard started else {
            settle(all: true)
            return
        }
        producer.finish()
        settle(all: sawEnd)
    }

    private func settle(all: Bool) {
        let all_: [XMLDiagnostic], truncated: Bool, streamFailed: Bool, streamLine: Int, marks: [Mark]
        switch producer.source {
        case .stream(let stream):
            (all_, truncated, streamFailed, streamLine, marks) = (stream.diagnostics, stream.diagnosticsTruncated, stream.failed, stream.line, producer.marks)
        case .parser(let parser):
            (all_, truncated, streamFailed, streamLine, marks) = (parser.diagnostics, parser.diagnosticsTruncated, parser.failed, parser.line, parser.marks)
        }
        if all {
            diagnostics = all_
            diagnosticsTruncated = truncated
            failed = streamFailed
            line = producer.endLine ?? streamLine
            return
        }
        // Stopped after `taken` nodes: what libxml2 had reported when it read the last of them.
        let mark = marks.last { $0.reads <= taken } ?? marks[0]
        diagnostics = Array(all_.prefix(mark.count))
        diagnosticsTruncated = mark.truncated
        // Only a failed read's line is reported, and no read failed before the stop.
        failed = false
    }

    // MARK: The current node

    private var node: Node { batch.nodes[index] }

    var isEmptyElement: Bool { node.isEmpty }
    var localNameToken: Int? { node.nameToken < 0 ? nil : Int(node.nameToken) }
    var namespace: Namespace { node.namespace }
    var localName: String { string(node.localName) ?? "" }
    var prefix: String? { string(node.prefix) }
    var namespaceURI: String? { uri(node.namespaceURI) }
    var value: String { value(of: node) }

    /// Calls `body` for every attribute of the current element except namespace
    /// declarations.
    func forEachAttribute(_ body: (Attribute) -> Void) {
        let n = node
        guard n.attributeCount > 0 else { return }
        for i in Int(n.firstAttribute)..<Int(n.firstAttribute + n.attributeCount) {
            body(Attribute(owner: self, node: batch.attributes[i]))
        }
    }

    /// An attribute of the current element; valid only inside `forEachAttribute`.
    struct Attribute {
        fileprivate let owner: LibXMLReadAhead
        fileprivate let node: Node
        var localNameToken: Int? { node.nameToken < 0 ? nil : Int(node.nameToken) }
        var namespaceToken: Int? {
            if case .interned(let token) = node.namespace { return token }
            return nil
        }
        var hasNamespace: Bool { node.namespace != .none }
        var localName: String { owner.string(node.localName) ?? "" }
        var namespaceURI: String? { owner.uri(node.namespaceURI) }
        var prefix: String? { owner.string(node.prefix) }
        var value: String { owner.value(of: node) }
    }

    private func string(_ p: UnsafePointer<UInt8>?) -> String? { strings.name(p) }
    private func uri(_ p: UnsafePointer<UInt8>?) -> String? { strings.namespaceURI(p) }

    private func value(of node: Node) -> String {
        guard node.valueCount > 0 else { return "" }
        if node.string >= 0 { return batch.strings[Int(node.string)] }
        return String(decoding: batch.bytes[Int(node.valueStart)..<Int(node.valueStart + node.valueCount)], as: UTF8.self)
    }

    /// The thread's side: it alone touches the stream from `start()` to `finish()`.
    private final class Producer: @unchecked Sendable {
        enum Source {
            case stream(LibXMLStream)
            case parser(LibXMLNodeParser)
        }
        let source: Source
        private let inline: Bool
        private let batchNodes: Int
        private let depth: Int
        private let condition = NSCondition()
        // Guarded by `condition`.
        private var ready: [Batch] = []
        /// Batches the caller is done with, emptied, for the thread to fill again, rather
        /// than a quarter of a megabyte allocated by the thread and freed by the caller
        /// several hundred times a file.
        private var spare: [Batch] = []
        private var cancelled = false
        private var exited = false

        /// For a stream, how many errors libxml2 had reported after each read that added
        /// some. Read once the thread has exited.
        private(set) var marks: [Mark] = []
        private(set) var endLine: Int?

        init(source: Source, inline: Bool, batchNodes: Int, depth: Int) {
            self.source = source
            self.inline = inline
            self.batchNodes = batchNodes
            self.depth = depth
        }

        /// Where the reading stands, handed from the caller's thread to the reading one.
        struct Cursor {
            var reads = 0
            var count: Int
            var truncated: Bool
            var batch: Batch
        }
        /// Set before the thread starts, which alone uses it then.
        private var first: Cursor?

        func start() {
            guard case .stream(let stream) = source else { return startParsing() }
            marks = [Mark(reads: 0, count: stream.diagnosticCount, truncated: stream.diagnosticsTruncated)]
            var cursor = Cursor(count: marks[0].count, truncated: marks[0].truncated, batch: newBatch())
            // The first read runs on the caller's thread, where the stream was opened:
            // libxml2 detects the encoding then, and a read that fails on it relies on
            // the error opening left as that thread's last.
            if stream.withThreadHandlers({ step(&cursor) }) {
                if inline {
                    stream.withThreadHandlers { read(&cursor) }
                    markExited()
                    return
                }
                first = cursor
                Thread.detachNewThread { self.run() }
            } else {
                end(&cursor)
                markExited()
            }
        }

        /// The next batch, nil once the thread has exited with none left.
        func take() -> Batch? {
            condition.lock()
            defer { condition.unlock() }
            while ready.isEmpty, !exited { condition.wait() }
            guard !ready.isEmpty else { return nil }
            condition.broadcast()
            return ready.removeFirst()
        }

        /// Gives back a batch whose nodes the caller has read, leaving `batch` empty.
        func recycle(_ batch: inout Batch) {
            // Moved out first, so that emptying it finds its lists unshared.
            var done = Batch()
            swap(&done, &batch)
            // One that grew past the usual (a long text, a run of text and comments) is
            // left to be freed, so that memory stays bounded.
            guard done.nodes.capacity >= batchNodes, done.nodes.capacity <= 2 * batchNodes,
                  done.attributes.capacity <= 2 * batchNodes, done.bytes.capacity <= 1 << 17 else { return }
            done.nodes.removeAll(keepingCapacity: true)
            done.attributes.removeAll(keepingCapacity: true)
            done.bytes.removeAll(keepingCapacity: true)
            done.strings.removeAll(keepingCapacity: true)
            done.ended = false
            condition.lock()
            if spare.count < depth { spare.append(done) }
            condition.unlock()
        }

        /// Tells the thread to stop and waits until it has left the stream.
        func finish() {
            condition.lock()
            cancelled = true
            condition.broadcast()
            while !exited { condition.wait() }
            ready.removeAll()
            condition.unlock()
        }

        private func run() {
            guard case .stream(let stream) = source, var cursor = first else { return markExited() }
            first = nil
            stream.withThreadHandlers { read(&cursor) }
            markExited()
        }

        // MARK: Nodes from the SAX2 parser

        /// As `start()` for a stream: the first piece is parsed on the caller's thread,
        /// the rest on a thread of its own, or inline.
        private func startParsing() {
            guard case .parser(let parser) = source else { return }
            if parser.withThreadHandlers({ parser.step() }) {
                if inline {
                    parser.withThreadHandlers { parse(parser) }
                    markExited()
                    return
                }
                Thread.detachNewThread { self.runParsing() }
            } else {
                endParsing(parser)
                markExited()
            }
        }

        private func runParsing() {
            if case .parser(let parser) = source { parser.withThreadHandlers { parse(parser) } }
            markExited()
        }

        private func parse(_ parser: LibXMLNodeParser) {
            while parser.step() {
                let full = parser.batch.nodes.count >= batchNodes || parser.batch.bytes.count >= 1 << 16
                // A document of text and comments alone settles nowhere; its nodes are
                // handed over anyway, so memory stays bounded.
                if full && parser.isSettled || parser.batch.nodes.count >= 16 * batchNodes {
                    guard put(parser.takeBatch(replacingWith: newBatch())) else { return }
                }
            }
            endParsing(parser)
        }

        private func endParsing(_ parser: LibXMLNodeParser) {
            endLine = parser.line
            var last = parser.takeBatch(replacingWith: Batch())
            last.ended = true
            _ = put(consume last)
        }

        private func markExited() {
            condition.lock()
            exited = true
            condition.broadcast()
            condition.unlock()
        }

        /// Hands `batch` over; false when the caller has stopped.
        private func put(_ batch: consuming Batch) -> Bool {
            // The batch is this function's alone (callers hand it over with `consume`),
            // so its lists are changed in place, not copied.
            batch.makeStrings()
            condition.lock()
            defer { condition.unlock() }
            // Read inline, no one takes a batch before the end: they all wait.
            while ready.count >= depth, !cancelled, !inline { condition.wait() }
            guard !cancelled else { return false }
            ready.append(batch)
            condition.broadcast()
            return true
        }

        /// An empty batch: one the caller gave back, or a new one.
        private func newBatch() -> Batch {
            condition.lock()
            let recycled = spare.popLast()
            condition.unlock()
            if let recycled { return recycled }
            var batch = Batch()
            batch.nodes.reserveCapacity(batchNodes)
            batch.attributes.reserveCapacity(batchNodes)
            batch.bytes.reserveCapacity(batchNodes * 16)
            return batch
        }

        private func read(_ cursor: inout Cursor) {
            while step(&cursor) {
                if cursor.batch.nodes.count >= batchNodes || cursor.batch.bytes.count >= 1 << 16 {
                    var full = newBatch()
                    swap(&full, &cursor.batch)
                    guard put(consume full) else { return }
                }
            }
            end(&cursor)
        }

        /// Reads one node into the cursor's batch; false at the end of the document or
        /// on failure.
        private func step(_ cursor: inout Cursor) -> Bool {
            guard case .stream(let stream) = source else { return false }
            let kind = stream.read()
            cursor.reads += 1
            if stream.diagnosticCount != cursor.count || stream.diagnosticsTruncated != cursor.truncated {
                cursor.count = stream.diagnosticCount
                cursor.truncated = stream.diagnosticsTruncated
                marks.append(Mark(reads: cursor.reads, count: cursor.count, truncated: cursor.truncated))
            }
            guard let kind else { return false }
            append(kind, to: &cursor.batch)
            return true
        }

        private func end(_ cursor: inout Cursor) {
            if case .stream(let stream) = source { endLine = stream.line }
            var last = Batch()
            swap(&last, &cursor.batch)
            last.ended = true
            _ = put(consume last)
        }

        private func append(_ kind: NodeKind, to batch: inout Batch) {
            guard case .stream(let stream) = source else { return }
            var node = Node(kind: kind)
            switch kind {
            case .element:
                describe(&node, stream)
                node.isEmpty = stream.isEmptyElement
                node.firstAttribute = Int32(batch.attributes.count)
                stream.forEachAttributeInPlace {
                    var attribute = Node(kind: .other)
                    describe(&attribute, stream)
                    copyValue(into: &attribute, &batch.bytes, stream)
                    batch.attributes.append(attribute)
                }
                node.attributeCount = Int32(batch.attributes.count) - node.firstAttribute
            case .text, .cdata, .whitespace:
                copyValue(into: &node, &batch.bytes, stream)
            case .endElement, .comment, .processingInstruction, .documentType, .other:
                break
            }
            batch.nodes.append(node)
        }

        /// Each name asked of libxml2 once: it looks a namespace URI up in its
        /// dictionary on every call.
        private func describe(_ node: inout Node, _ stream: LibXMLStream) {
            let localName = stream.dictionaryLocalName
            let uri = stream.dictionaryNamespaceURI
            node.localName = localName
            node.nameToken = stream.token(ofDictionaryName: localName).map(Int32.init) ?? -1
            node.namespaceURI = uri
            node.namespace = stream.namespace(ofDictionaryURI: uri)
            node.prefix = stream.dictionaryPrefix
        }

        private func copyValue(into node: inout Node, _ arena: inout [UInt8], _ stream: LibXMLStream) {
            stream.withValueBytes { bytes in
                node.valueStart = Int32(arena.count)
                node.valueCount = Int32(bytes.count)
                arena.append(contentsOf: bytes)
            }
        }
    }
}
