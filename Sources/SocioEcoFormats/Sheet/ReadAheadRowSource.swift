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
    public var notes: [Diagnostic] { feed.notes }

    private let feed: any RowFeed

    /// Starts reading `source` at once. A workbook's rows are only parsed on the reading
    /// thread and their cells decoded on the caller's, as parsing is the longer part.
    public init(_ source: any SheetRowSource, batchSize: Int = 512, depth: Int = 4) {
        file = source.file
        sheetName = source.sheetName
        let size = max(batchSize, 1), depth = max(depth, 1)
        if let workbook = source as? XLSXRowSource {
            let decoder = workbook.decoder
            feed = Feed(SourceBox(workbook) { try $0.nextRawRow() }, batchSize: size, depth: depth,
                        decode: { (raw: XLSXRawRow) in try decoder.row(raw) })
        } else {
            feed = Feed(Self.rows(of: source), batchSize: size, depth: depth, decode: { $0 })
        }
    }

    deinit { feed.cancel() }

    private static func rows<Source: SheetRowSource>(of source: Source) -> SourceBox<SheetRow> {
        SourceBox(source) { try $0.nextRow() }
    }

    public func nextRow() throws -> SheetRow? { try feed.nextRow() }
}

private protocol RowFeed: AnyObject {
    var notes: [Diagnostic] { get }
    func nextRow() throws -> SheetRow?
    func cancel()
}

/// What the reading thread reads (`Item`), in batches, and the caller's side of it:
/// the current batch, each item made a row as it is taken.
private final class Feed<Item>: RowFeed {
    private let channel: Channel<Item>
    private let decode: (Item) throws -> SheetRow?
    // The caller's own.
    private var current: [Item] = []
    private var next = 0

    init(_ box: SourceBox<Item>, batchSize: Int, depth: Int, decode: @escaping (Item) throws -> SheetRow?) {
        let channel = Channel<Item>(notes: box.notes, depth: depth)
        self.channel = channel
        self.decode = decode
        // The thread holds the channel and the source, never the reader, so letting the
        // reader go is what tells the thread to stop.
        Thread.detachNewThread { channel.produce(box, batchSize: batchSize) }
    }

    var notes: [Diagnostic] { channel.notes }

    func cancel() { channel.cancel() }

    func nextRow() throws -> SheetRow? {
        while true {
            if next < current.count {
                let item = current[next]
                next += 1
                if let row = try decode(item) { return row }
                continue
            }
            guard let batch = try channel.take() else {
                current = []
                next = 0
                return nil
            }
            current = batch
            next = 0
        }
    }
}

/// The batches between the reading thread and the caller.
private final class Channel<Item>: @unchecked Sendable {
    private let condition = NSCondition()
    private let depth: Int
    // Guarded by `condition`.
    private var batches: [[Item]] = []
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
    func take() throws -> [Item]? {
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

    func produce(_ box: SourceBox<Item>, batchSize: Int) {
        var done = false
        while !done {
            var batch: [Item] = []
            batch.reserveCapacity(batchSize)
            var error: (any Error)?
            do {
                while batch.count < batchSize {
                    guard let item = try box.read() else {
                        done = true
                        break
                    }
                    batch.append(item)
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
                sourceNotes = box.notes
                finished = true
            }
            condition.broadcast()
            condition.unlock()
        }
    }
}

/// Hands the source to the reading thread, which alone uses it from then on.
private final class SourceBox<Item>: @unchecked Sendable {
    let read: () throws -> Item?
    private let notesNow: () -> [Diagnostic]

    init<Source: SheetRowSource>(_ source: Source, read: @escaping (inout Source) throws -> Item?) {
        var source = source
        self.read = { try read(&source) }
        notesNow = { source.notes }
    }

    var notes: [Diagnostic] { notesNow() }
}
