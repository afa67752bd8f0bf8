import SocioEcoFormats

/// Plain output to the two standard streams.
enum Console {
    // Through the progress line, which clears itself first: a message must never be
    // written into the middle of it.
    static func out(_ text: String) {
        ProgressLine.clearing { StandardStream.output.write(text + "\n") }
    }

    static func err(_ text: String) {
        ProgressLine.clearing { StandardStream.error.write(text + "\n") }
    }

    /// Writes `text` to standard output exactly. Callers build whole texts first, so
    /// there is nothing to gain from a buffer and no shared state to guard.
    static func write(_ text: String) {
        ProgressLine.clearing { StandardStream.output.write(text) }
    }

    /// Writes `bytes` to standard output exactly.
    static func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { write($0) }
    }

    /// Writes `bytes` to standard output exactly.
    static func write(_ bytes: UnsafeRawBufferPointer) {
        ProgressLine.clearing { _ = StandardStream.output.write(bytes) }
    }

    /// Whether colour is wanted: standard output is a terminal and NO_COLOR is unset.
    static var colourOnStdout: Bool {
        StandardStream.output.isTerminal && StandardStream.environmentValue("NO_COLOR") == nil
    }
}
