import Synchronization

/// How far a long piece of work has got: the bytes of the file read so far of its size,
/// and the phase the work is in. The reader updates it as it goes; whoever shows it
/// reads it from another thread. The library itself never prints it.
public final class WorkProgress: Sendable {
    public enum Phase: Int, Sendable {
        case reading, checking, analysing, writing

        /// The phase as a person reads it on a progress line.
        public var words: String {
            switch self {
            case .reading: return "reading"
            case .checking: return "checking the rules"
            case .analysing: return "analysing"
            case .writing: return "writing"
            }
        }
    }

    // Relaxed atomics: the figures are shown, never used to decide anything, so a
    // moment's staleness costs nothing and a read callback stays one add.
    private let read = Atomic<Int>(0)
    private let total = Atomic<Int>(-1)
    private let current = Atomic<Int>(Phase.reading.rawValue)

    public init() {}

    /// Bytes of the current file read so far.
    public var bytesRead: Int { read.load(ordering: .relaxed) }
    /// The current file's size, or nil when it is not known (standard input).
    public var totalBytes: Int? {
        let t = total.load(ordering: .relaxed)
        return t < 0 ? nil : t
    }
    public var phase: Phase { Phase(rawValue: current.load(ordering: .relaxed)) ?? .reading }

    /// Moves the work on to `phase`.
    public func enter(_ phase: Phase) { current.store(phase.rawValue, ordering: .relaxed) }

    /// Starts reading a file of `size` bytes (nil: unknown), from its first byte.
    func beginReading(size: Int?) {
        read.store(0, ordering: .relaxed)
        total.store(size ?? -1, ordering: .relaxed)
        enter(.reading)
    }

    func advance(by bytes: Int) { read.add(bytes, ordering: .relaxed) }
}
