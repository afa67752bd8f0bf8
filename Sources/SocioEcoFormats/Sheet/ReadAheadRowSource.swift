import Foundation

/// A sheet's rows read on a thread of their own, a few batches ahead of the caller, so
/// that parsing a large sheet and building the programme from its rows run on two cores
/// at once. Memory stays bounded: at most `depth` batches of `batchSize` rows wait.
///
/// Rows come in the order the wrapped source gives them, and its failure after the rows
/// read before it, exactly as reading it directly would.
public final class ReadAheadRowSource: SheetRowSource, @unchecked Sendable {
    public let file: String
    public let sheetName: String?

    /// The wrapped source's notes, as they stand once its rows are read.
    public var notes: [Diagnostic] {
        condition.lock()
        defer { condition.unlock() }
        return sourceNotes
    }

    private let condition = NSCondition()
    // Guarded by `condition`.
    private var batches: [[SheetRow]] = []
    private var finished = false
    private var cancelled = false
    private var failure: (any Error)?
    private var sourceNotes: [Diagnostic]
    // The caller's own.
    private var current: [SheetRow] = []
    private var next = 0

    /// Starts reading `source` at once.
    public init(_ source: any SheetRowSource, batchSize: Int = 512, depth: Int = 4) {
        file = source.file
        sheetName = source.sheetName
        sourceNotes = source.notes
        let box = SourceBox(source)
        Thread.detachNewThread { [self] in produce(box, batchSize: max(batchSize, 1), depth: max(depth, 1)) }
    }

    deinit {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    public func nextRow() throws -> SheetRow? {
        if next < current.count {
            defer { next += 1 }
            return current[next]
        }
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty, !finished { condition.wait() }
        guard !batches.isEmpty else {
            current = []
            next = 0
            if let failure { throw failure }
            return nil
        }
        current = batches.removeFirst()
        condition.broadcast()
        next = 1
        return current[0]
    }

    private func produce(_ box: SourceBox, batchSize: Int, depth: Int) {
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

    /// Hands the source to the reading thread, which alone uses it from then on.
    private final class SourceBox: @unchecked Sendable {
        let source: any SheetRowSource
        init(_ source: any SheetRowSource) { self.source = source }
    }
}
