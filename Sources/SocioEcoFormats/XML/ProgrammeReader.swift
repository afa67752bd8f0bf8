import SocioEcoModel

/// Reads programme files in the exchange format: streaming, safe against hostile
/// input, checked against the format's structure (as the shipped XSD states it) and its
/// semantic rules, with every problem reported by line and column.
///
/// Safe to embed: reads may run on many threads at once, each with its own libxml2
/// state, and a read leaves libxml2's process-wide settings (a host application's
/// error handlers and external entity loader) as it found them.
public struct ProgrammeReader: Sendable {
    /// How much checking a read does. Both modes accept and refuse the same files.
    public enum Mode: Hashable, Sendable {
        /// libxml2's XSD validation as well as the reader's own structure checker and
        /// the semantic rules: the second opinion, for `validate --xsd` and the studio. The
        /// checker's findings are reported, the XSD's only where the checker found
        /// nothing in the file, so each breach is reported once.
        case schemaAndRules
        /// The reader's structure checker and the semantic rules, without libxml2's XSD
        /// validator, which costs about as much as parsing itself.
        case rules
    }

    public struct Options: Hashable, Sendable {
        public var mode: Mode
        /// Files larger than this are refused before parsing.
        public var maximumFileSize: Int
        /// Files from this size on are parsed on a thread of their own while the model is
        /// built; smaller ones (every example, a studio's edit, a fuzz input) on the
        /// caller's, as a thread costs more than it saves on a few kilobytes. What a read
        /// reports is the same either way.
        public var readAheadFrom: Int

        public init(mode: Mode = .schemaAndRules, maximumFileSize: Int = ReaderLimits.maximumFileSize,
                    readAheadFrom: Int = 256 << 10) {
            self.mode = mode
            self.maximumFileSize = maximumFileSize
            self.readAheadFrom = readAheadFrom
        }
    }

    public var options: Options
    /// Told how far each read has got, for a progress line; nil tells nobody.
    public var progress: WorkProgress?

    public init(options: Options = Options(), progress: WorkProgress? = nil) {
        self.options = options
        self.progress = progress
    }

    /// Reads and checks the programme file at `path`. A path that is not a regular file
    /// (a pipe, `/dev/stdin`, a process substitution) is read whole first, within the size
    /// limit.
    /// - Returns: the model, when the file breaks no rule.
    /// - Throws: `ReadFailure`: `.unreadable` when the file cannot be opened,
    ///   `.invalid` with every problem found otherwise.
    public func read(contentsOf path: String) throws(ReadFailure) -> Programme {
        switch FileProbe.probe(path) {
        case .failure(let message):
            throw ReadFailure(file: path, kind: .unreadable, diagnostics: [
                Diagnostic(file: path, line: 0, column: 0, code: "io", message: message)])
        case .stream:
            let fd: Int32
            do { fd = try SystemCalls.openForReading(path) } catch {
                throw ReadFailure(file: path, kind: .unreadable, diagnostics: [
                    Diagnostic(file: path, line: 0, column: 0, code: "io", message: "cannot open the file: \(error)")])
            }
            defer { try? SystemCalls.close(fd) }
            return try read(fileDescriptor: fd, name: path)
        case .regular(let size):
            return try read(source: .file(path), name: path, size: size) { schema in LibXMLStream(path: path, schema: schema, progress: progress) }
        }
    }

    /// Reads and checks a programme held in memory; `name` stands for it in diagnostics.
    public func read(_ bytes: [UInt8], name: String) throws(ReadFailure) -> Programme {
        let result: Result<Programme, ReadFailure> = bytes.withUnsafeBytes { buffer in
            do throws(ReadFailure) {
                return .success(try read(source: .memory(buffer), name: name, size: buffer.count) { schema in
                    LibXMLStream(bytes: buffer, name: name, schema: schema, progress: progress)
                })
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Reads the whole of an open file descriptor (standard input, a pipe) and checks it
    /// as a programme; `name` stands for it in diagnostics. More than
    /// `options.maximumFileSize` bytes are refused without being held.
    public func read(fileDescriptor fd: Int32, name: String) throws(ReadFailure) -> Programme {
        try read(bytes(fromFileDescriptor: fd, name: name), name: name)
    }

    /// The whole content of an open file descriptor, for a caller that needs the bytes as
    /// well as the model (`fmt` compares them with the canonical form). More than
    /// `options.maximumFileSize` bytes are refused without being held.
    public func bytes(fromFileDescriptor fd: Int32, name: String) throws(ReadFailure) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        progress?.beginReading(size: nil)
        while true {
            let n: Int
            do { n = try chunk.withUnsafeMutableBytes { (b) throws(SystemError) in try SystemCalls.read(fd, into: b) } } catch {
                throw ReadFailure(file: name, kind: .unreadable, diagnostics: [
                    Diagnostic(file: name, line: 0, column: 0, code: "io", message: "cannot read: \(error)")])
            }
            if n == 0 { break }
            if bytes.count + n > options.maximumFileSize {
                throw ReadFailure(file: name, kind: .invalid, diagnostics: [tooLarge(name, "more than \(options.maximumFileSize) bytes")])
            }
            bytes += chunk[0..<n]
            progress?.advance(by: n)
        }
        return bytes
    }

    private func tooLarge(_ name: String, _ size: String) -> Diagnostic {
        Diagnostic(file: name, line: 1, column: 1, code: "limit", message: "the file is \(size), more than the \(options.maximumFileSize) bytes this tool reads; split the programme into smaller files")
    }

    /// The checks before parsing, then the streaming read of `source`, which `open` turns
    /// into a stream.
    private func read(source: SourceBytes, name: String, size: Int,
                      stream open: (CompiledSchema?) -> LibXMLStream?) throws(ReadFailure) -> Programme {
        let path = name
        if size == 0 {
            throw ReadFailure(file: path, kind: .invalid, diagnostics: [
                Diagnostic(file: path, line: 1, column: 1, code: "xml", message: "the file is empty; a programme file starts with <?xml version=\"1.0\" encoding=\"UTF-8\"?> and a <programme> element")])
        }
        if size > options.maximumFileSize {
            throw ReadFailure(file: path, kind: .invalid, diagnostics: [tooLarge(path, "\(size) bytes")])
        }
        if let advice = CompressionSniffer.advice(for: source) {
            throw ReadFailure(file: path, kind: .invalid, diagnostics: [
                Diagnostic(file: path, line: 1, column: 1, code: "compressed", message: advice)])
        }
        if let doctype = PrologScanner.findDoctype(in: source) {
            throw ReadFailure(file: path, kind: .invalid, diagnostics: [
                Diagnostic(file: path, line: doctype.line, column: doctype.column, code: "doctype", message: "a DOCTYPE is not allowed in a programme file (it could load external files or expand entities); remove the <!DOCTYPE ...> declaration")])
        }
        if let run = LongRunScanner.firstRun(longerThan: ReaderLimits.maximumRunLength, in: source) {
            throw ReadFailure(file: path, kind: .invalid, diagnostics: [
                Diagnostic(file: path, line: run.line, column: run.column, code: "limit", message: "a text or tag here is longer than \(ReaderLimits.maximumRunLength) bytes, past this tool's limit; a programme file's texts are far shorter")])
        }
        let schema: CompiledSchema?
        if options.mode == .schemaAndRules {
            do { schema = try ProgrammeSchema.compiled() } catch {
                throw ReadFailure(file: path, kind: .invalid, diagnostics: [
                    Diagnostic(file: path, line: 0, column: 0, code: "schema", message: "the built-in schema did not compile: \(error.messages.joined(separator: "; "))")])
            }
        } else {
            schema = nil
        }
        progress?.beginReading(size: size)
        // libxml2 reads on a thread of its own while the builder takes its nodes; a
        // small file is read at once on this thread, as a thread costs more than it saves.
        // Without the XSD validator, which plugs only into the streaming reader, the
        // nodes come from the SAX2 parser, which makes them for far less.
        let inline = size < options.readAheadFrom
        let nodes: LibXMLReadAhead?
        if schema == nil {
            nodes = parse(source, name: name).map { LibXMLReadAhead($0, inline: inline) }
        } else {
            nodes = open(schema).map { LibXMLReadAhead($0, inline: inline) }
        }
        guard let nodes else {
            throw ReadFailure(file: path, kind: .unreadable, diagnostics: [
                Diagnostic(file: path, line: 0, column: 0, code: "io", message: "cannot open the file")])
        }
        var builder = ProgrammeBuilder(stream: nodes)
        builder.run()
        builder.stream.stop()
        progress?.enter(.checking)
        let diagnostics = builder.diagnostics(file: path, source: source)
        if diagnostics.isEmpty, let programme = builder.programme {
            return programme
        }
        throw ReadFailure(file: path, kind: .invalid, diagnostics: diagnostics)
    }

    private func parse(_ source: SourceBytes, name: String) -> LibXMLNodeParser? {
        switch source {
        case .file(let path): LibXMLNodeParser(path: path, progress: progress)
        case .memory(let bytes): LibXMLNodeParser(bytes: bytes, name: name, progress: progress)
        }
    }
}
