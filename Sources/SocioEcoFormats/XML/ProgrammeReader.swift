import SocioEcoModel

/// Reads programme files in the exchange format: streaming, safe against hostile
/// input, checked against the format's structure (as the shipped XSD states it) and its
/// semantic rules, with every problem reported by line and column.
public struct ProgrammeReader: Sendable {
    /// How much checking a read does. Both modes accept and refuse the same files.
    public enum Mode: Hashable, Sendable {
        /// libxml2's XSD validation as well as the reader's own structure checker and
        /// the semantic rules: the second opinion, for `validate` and `fmt`. The
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

        public init(mode: Mode = .schemaAndRules, maximumFileSize: Int = ReaderLimits.maximumFileSize) {
            self.mode = mode
            self.maximumFileSize = maximumFileSize
        }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Reads and checks the programme file at `path`.
    /// - Returns: the model, when the file breaks no rule.
    /// - Throws: `ReadFailure`: `.unreadable` when the file cannot be opened,
    ///   `.invalid` with every problem found otherwise.
    public func read(contentsOf path: String) throws(ReadFailure) -> Programme {
        let size: Int
        switch FileProbe.size(of: path) {
        case .failure(let message):
            throw ReadFailure(file: path, kind: .unreadable, diagnostics: [
                Diagnostic(file: path, line: 0, column: 0, code: "io", message: message)])
        case .success(let s):
            size = s
        }
        if size == 0 {
            throw ReadFailure(file: path, kind: .invalid, diagnostics: [
                Diagnostic(file: path, line: 1, column: 1, code: "xml", message: "the file is empty; a programme file starts with <?xml version=\"1.0\" encoding=\"UTF-8\"?> and a <programme> element")])
        }
        if size > options.maximumFileSize {
            throw ReadFailure(file: path, kind: .invalid, diagnostics: [
                Diagnostic(file: path, line: 1, column: 1, code: "limit", message: "the file is \(size) bytes, more than the \(options.maximumFileSize) bytes this tool reads; split the programme into smaller files")])
        }
        if let doctype = PrologScanner.findDoctype(path: path) {
            throw ReadFailure(file: path, kind: .invalid, diagnostics: [
                Diagnostic(file: path, line: doctype.line, column: doctype.column, code: "doctype", message: "a DOCTYPE is not allowed in a programme file (it could load external files or expand entities); remove the <!DOCTYPE ...> declaration")])
        }
        if let run = LongRunScanner.firstRun(longerThan: ReaderLimits.maximumRunLength, path: path) {
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
        guard let stream = LibXMLStream(path: path, schema: schema) else {
            throw ReadFailure(file: path, kind: .unreadable, diagnostics: [
                Diagnostic(file: path, line: 0, column: 0, code: "io", message: "cannot open the file")])
        }
        var builder = ProgrammeBuilder(stream: stream)
        builder.run()
        let diagnostics = builder.diagnostics(file: path)
        if diagnostics.isEmpty, let programme = builder.programme {
            return programme
        }
        throw ReadFailure(file: path, kind: .invalid, diagnostics: diagnostics)
    }
}
