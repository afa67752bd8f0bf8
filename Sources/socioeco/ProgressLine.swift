import Foundation
import SocioEcoFormats
import Synchronization

/// The one-line progress indicator of long work: once a command has run for a second,
/// standard error shows the bytes read of the file's size and the phase, redrawn in
/// place and cleared at the end. Only on a terminal: never in a pipe or a file, under
/// CI, with NO_COLOR set, or after `--quiet`.
enum ProgressLine {
    /// What the reader and the commands report into.
    static let progress = WorkProgress()

    private struct State {
        var enabled = false
        var drawn = false
        var finished = false
    }

    private static let state = Mutex(State())

    /// How long work runs before the line appears. `SOCIOECO_PROGRESS_AFTER_MS` lets the
    /// tests see it without a file large enough to take a second.
    private static var delayMicroseconds: UInt32 {
        let ms = StandardStream.environmentValue("SOCIOECO_PROGRESS_AFTER_MS").flatMap { UInt32($0) } ?? 1000
        return ms * 1000
    }

    /// Starts the indicator where it is wanted; it draws nothing until the delay passed.
    static func start() {
        guard StandardStream.error.isTerminal, StandardStream.environmentValue("CI") == nil,
              StandardStream.environmentValue("NO_COLOR") == nil else { return }
        state.withLock { $0.enabled = true }
        // Every way out of the command (a thrown exit status too) ends in exit(), so the
        // line is cleared there.
        atexit { ProgressLine.finish() }
        let delay = delayMicroseconds
        Thread.detachNewThread {
            usleep(delay)
            while draw() { usleep(200_000) }
        }
    }

    /// Runs `write`, which writes other output, with the line cleared first; the next
    /// tick draws it again below that output.
    static func clearing(_ write: () -> Void) {
        state.withLock { s in
            if s.drawn { StandardStream.error.write(erase) }
            s.drawn = false
            write()
        }
    }

    /// Clears the line for good.
    static func finish() {
        state.withLock { s in
            if s.drawn { StandardStream.error.write(erase) }
            s.drawn = false
            s.finished = true
        }
    }

    /// Back to the start of the line, then erase to its end (ECMA-48 EL).
    private static let erase = "\r\u{1B}[K"

    /// Draws the line once; false when the indicator is off or finished.
    private static func draw() -> Bool {
        state.withLock { s in
            guard s.enabled, !s.finished else { return false }
            StandardStream.error.write("\rsocioeco: " + text + "\u{1B}[K")
            s.drawn = true
            return true
        }
    }

    /// "12.3 of 32.7 MB read, analysing".
    static var text: String {
        let read = megabytes(progress.bytesRead)
        let bytes = progress.totalBytes.map { "\(read) of \(megabytes($0)) MB read" } ?? "\(read) MB read"
        return "\(bytes), \(progress.phase.words)"
    }

    private static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes + 50_000) / 100_000
        return "\(tenths / 10).\(tenths % 10)"
    }
}
