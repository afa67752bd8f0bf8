import Foundation

/// A sheet's rows read on a thread of their own, a few batches ahead of the caller, so
/// that parsing a large sheet and building the programme from its rows run on two cores
/// at once. Memory stays bounded: at most `depth` batches of `batchSize` rows wait.
///
/// Rows come in the order the wrapped source gives them, and its failure after the rows
/// read before it, exactly as reading it directly would. A reader let go before the end
/// stops the thread at its next batch.
public final class ReadAheadRowSource: SheetRowSource, @unchecked Sendable {
    public let file: String
    public let sheetName: String?

    /// The wrapped source's notes, as they stand once its rows are read.
    public var notes: [Diagnostic] { channel.notes }

    private let channel: Channel
    // The caller's own.
    private var current: [SheetRow] = []
    private var next = 0

    /// Starts reading `source` at once.
    public init(_ source: any SheetRowSource, batchSize: Int = 512, depth: Int = 4) {
        file = source.file
        sheetName = source.sheetName
        let channel = Channel(notes: source.notes, depth: max(depth, 1))
        self.channel = channel
        let box = SourceBox(source)
        let size = max(batchSize, 1)
        // The thread holds the channel and the source, never this reader, so letting the
        // reader go is what tells the thread to stop.
        Thread.detachNewThread { channel.produce(box, batchSize: size) }
    }

    deinit { channel.cancel() }

    public func nextRow() throws -> SheetRow? {
        if next < current.count {
            defer { next += 1 }
            return current[next]
        }
        guard let batch = try channel.take() else {
            current = []
            next = 0
            return nil
        }
        current = batch
        next = 1
        return current[0]
    }

    /// The batches between the reading thread and the caller.
    private final class Channel: @unchecked Sendable {
        private let condition = NSCondition()
        private let depth: Int
        // Guarded by `condition`.
        private var batches: [[SheetRow]] = []
        private var finished = false
        private var cancelled = false
        private var failure: (any Error)?
        private var sourceNotes: [Diagnostic]

        init(notes: [Diagnostic], depth: Int) {
            sourceNotes = notes
            self.depth = depth
        }

        var notes: [Diagnostic] {
            condition.lock()
            defer { condition.unlock() }
            return sourceNotes
        }

        func cancel() {
            condition.lock()
            cancelled = true
            condition.broadcast()
            condition.unlock()
        }

        /// The next batch (never empty), nil at the end; the source's failure once the
        /// batches before it are taken.
        func take() throws -> [SheetRow]? {
            condition.lock()
            defer { condition.unlock() }
            while batches.isEmpty, !finished { condition.wait() }
            guard !batches.isEmpty else {
                if let failure { throw failure }
                return nil
            }
            condition.broadcast()
            return batches.removeFirst()
        }

        func produce(_ box: SourceBox, batchSize: Int) {
            var source = box.source
            var done = false
            while !done {
                var batch: [SheetRow] = []
                batch.reserveCapacity(batchSize)
                var error: (any Error)?
                do {
                    while batch.count < batchSize {
                        guard let row = try source.nextRow() else {
                            done = true
                            break
                        }
                        batch.append(row)
                    }
                } catch let e {
                    error = e
                    done = true
                }
                condition.lock()
                while batches.count >= depth, !cancelled { condition.wait() }
                if cancelled {
                    condition.unlock()
                    return
                }
                if !batch.isEmpty { batches.append(batch) }
                if done {
                    failure = error
                    sourceNotes = source.notes
                    finished = true
                }
                condition.broadcast()
                condition.unlock()
            }
        }
    }

    /// Hands the source to the reading thread, which alone uses it from then on.
    private final class SourceBox: @unchecked Sendable {
        let source: any SheetRowSource
        init(_ source: any SheetRowSource) { self.source = source }
    }
}
