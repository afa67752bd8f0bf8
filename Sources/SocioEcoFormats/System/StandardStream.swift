/// The process's standard streams, for a command-line tool built on the library.
public enum StandardStream: Sendable {
    case input, output, error

    /// The file descriptor, for `ProgrammeReader.read(fileDescriptor:name:)`.
    public var fileDescriptor: Int32 {
        switch self {
        case .input: return SystemCalls.standardInput
        case .output: return SystemCalls.standardOutput
        case .error: return SystemCalls.standardError
        }
    }

    /// Whether the stream is a terminal.
    public var isTerminal: Bool { SystemCalls.isTerminal(fileDescriptor) }

    /// Writes `bytes` exactly, straight to the descriptor with no buffer in between.
    /// - Returns: false when the stream refused them (a closed pipe, a full disk).
    @discardableResult
    public func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
        do { try SystemCalls.writeAll(fileDescriptor, bytes) } catch { return false }
        return true
    }

    /// Writes `text` as UTF-8, exactly.
    @discardableResult
    public func write(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }

    /// The value of an environment variable (`NO_COLOR`, say), or nil when it is unset.
    public static func environmentValue(_ name: String) -> String? {
        SystemCalls.environmentValue(name)
    }
}
