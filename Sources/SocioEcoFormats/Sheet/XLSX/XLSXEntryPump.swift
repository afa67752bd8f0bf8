internal import CZlibChecksum
import Foundation
import ZIPFoundation

/// Turns ZIPFoundation's push-style extraction (it calls us with each inflated chunk)
/// into the pull libxml2's reader wants (it asks us for bytes), so a part is parsed as
/// it inflates and never held whole: extraction runs on its own thread and hands over
/// one chunk at a time. Counts the bytes actually inflated, so an entry that lies about
/// its size stops at the declared size, however small the file.
final class XLSXEntryPump: @unchecked Sendable {
    enum Failure: Error {
        case pastDeclaredSize(Int)
        case cancelled
        case checksum
        case damaged(String)
    }

    private let condition = NSCondition()
    /// Inflated chunks not yet parsed: a few, so inflating and parsing overlap on two
    /// cores while memory stays bounded by `depth` chunks of 64 KiB.
    private var chunks: [Data] = []
    private var chunkOffset = 0
    private let depth = 4
    private var finished = false
    private var started = false
    private var cancelled = false
    private(set) var failure: Failure?
    private let archive: Archive
    private let entry: Entry
    private let maxBytes: Int
    private var inflated = 0

    init(archive: Archive, entry: Entry, maxBytes: Int) {
        self.archive = archive
        self.entry = entry
        self.maxBytes = maxBytes
    }

    deinit { stop() }

    private func start() {
        started = true
        Thread.detachNewThread { [self] in
            var outcome: Failure?
            do {
                // The checksum is zlib's, over each chunk as it comes (see Package.swift).
                var crc: UInt = 0
                _ = try archive.extract(entry, bufferSize: 64 * 1024, skipCRC32: true) { data in
                    crc = data.withUnsafeBytes { bytes in
                        CZlibChecksum.crc32(crc, bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), UInt32(bytes.count))
                    }
                    try self.put(data)
                }
                if UInt32(truncatingIfNeeded: crc) != entry.checksum { outcome = .checksum }
            } catch let f as Failure {
                outcome = f
            } catch {
                outcome = .damaged(String(describing: error))
            }
            condition.lock()
            finished = true
            if case .cancelled? = outcome {} else { failure = outcome }
            condition.broadcast()
            condition.unlock()
        }
    }

    private func put(_ data: Data) throws {
        condition.lock()
        defer { condition.unlock() }
        inflated += data.count
        guard inflated <= maxBytes else { throw Failure.pastDeclaredSize(maxBytes) }
        while chunks.count >= depth, !cancelled { condition.wait() }
        if cancelled { throw Failure.cancelled }
        chunks.append(data)
        condition.broadcast()
    }

    /// Fills `buffer` with the next inflated bytes: the count, 0 at the end, -1 on failure.
    func pull(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        condition.lock()
        defer { condition.unlock() }
        if !started { start() }
        while true {
            if let data = chunks.first {
                let n = min(buffer.count, data.count - chunkOffset)
                if n > 0 {
                    data.withUnsafeBytes { src in
                        buffer.baseAddress!.copyMemory(from: src.baseAddress! + chunkOffset, byteCount: n)
                    }
                }
                chunkOffset += n
                if chunkOffset >= data.count {
                    chunks.removeFirst()
                    chunkOffset = 0
                    condition.broadcast()
                }
                if n > 0 { return n }
                continue
            }
            if finished { return failure == nil ? 0 : -1 }
            condition.wait()
        }
    }

    /// Ends extraction and waits for its thread, so the archive's file is never read by
    /// two threads at once (the next part's stream may start right after).
    func stop() {
        condition.lock()
        defer { condition.unlock() }
        guard started else { return }
        cancelled = true
        condition.broadcast()
        while !finished { condition.wait() }
    }
}
