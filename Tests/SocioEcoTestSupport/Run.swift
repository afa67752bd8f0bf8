import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The outcome of running a program to completion.
public struct RunResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
    /// Peak resident memory of this child alone, in bytes.
    public var peakMemory: Int
    public var seconds: Double
    /// Processor time (user and system) of the child and what it waited for: unlike the
    /// wall clock, it hardly moves when other work loads the machine.
    public var cpuSeconds: Double
}

/// Runs `executable` with `arguments`, feeding `input` on standard input, and waits.
///
/// The child's peak memory is its own. `getrusage(RUSAGE_CHILDREN)` would report the
/// largest of every child the test process ever ran; and Linux carries the spawning
/// process's own peak over into a child it starts with `posix_spawn` (a vfork), so a
/// test runner that grew large makes every child look large. GNU time forks the child
/// from a small process of its own and reports that child alone, so it measures when
/// it is installed; `wait4` is the fallback.
@discardableResult
public func run(_ executable: String, _ arguments: [String], input: Data? = nil,
                environment: [String: String]? = nil, directory: String? = nil) throws -> RunResult {
    var inPipe: [Int32] = [0, 0], outPipe: [Int32] = [0, 0], errPipe: [Int32] = [0, 0]
    guard pipe(&inPipe) == 0, pipe(&outPipe) == 0, pipe(&errPipe) == 0 else {
        throw CocoaError(.fileWriteUnknown)
    }
    // Close-on-exec, so that a child another test starts meanwhile does not hold this
    // child's pipes open (dup2 clears the flag on the child's own 0, 1 and 2).
    for fd in inPipe + outPipe + errPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, inPipe[0], 0)
    posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
    posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)

    var env = ProcessInfo.processInfo.environment
    if let environment { env.merge(environment) { _, new in new } }
    // A working folder is set by a shell that then becomes the program (same process).
    var words = directory.map { ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", $0, executable] } ?? [executable]
    let timeTool = "/usr/bin/time"
    let memoryFile: String? = FileManager.default.isExecutableFile(atPath: timeTool)
        ? FileManager.default.temporaryDirectory.appendingPathComponent("socioeco-rss-\(UUID().uuidString)").path : nil
    if let memoryFile { words = [timeTool, "-f", "%M", "-o", memoryFile] + words }
    defer { if let memoryFile { unlink(memoryFile) } }
    let program = words[0]
    let argv = (words + arguments).map { strdup($0) } + [nil]
    let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { (argv + envp).forEach { free($0) } }

    let start = Date()
    var pid: pid_t = 0
    let rc = posix_spawn(&pid, program, &actions, nil, argv, envp)
    close(inPipe[0]); close(outPipe[1]); close(errPipe[1])
    guard rc == 0 else {
        close(inPipe[1]); close(outPipe[0]); close(errPipe[0])
        throw CocoaError(.executableLoad, userInfo: [NSFilePathErrorKey: executable])
    }
    // Drain both pipes while the child runs so that a chatty child cannot block.
    let outFD = outPipe[0], errFD = errPipe[0]
    let group = DispatchGroup()
    nonisolated(unsafe) var outData = Data(), errData = Data()
    group.enter()
    DispatchQueue.global().async { outData = FileHandle(fileDescriptor: outFD, closeOnDealloc: true).readDataToEndOfFile(); group.leave() }
    group.enter()
    DispatchQueue.global().async { errData = FileHandle(fileDescriptor: errFD, closeOnDealloc: true).readDataToEndOfFile(); group.leave() }
    let writer = FileHandle(fileDescriptor: inPipe[1], closeOnDealloc: true)
    if let input { try? writer.write(contentsOf: input) }
    try? writer.close()
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    group.wait()
    // Exit status as Process reports it: the code, or the signal for a killed child.
    let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : status & 0x7F
    return RunResult(status: code,
                     stdout: String(decoding: outData, as: UTF8.self),
                     stderr: String(decoding: errData, as: UTF8.self),
                     peakMemory: measuredPeak(memoryFile) ?? Int(usage.ru_maxrss) * 1024,
                     seconds: Date().timeIntervalSince(start),
                     cpuSeconds: Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                         + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1_000_000)
}

/// The kilobytes GNU time wrote (its last line; a line about a signal may come first), in bytes.
private func measuredPeak(_ file: String?) -> Int? {
    guard let file, let text = try? String(contentsOfFile: file, encoding: .utf8),
          let last = text.split(separator: "\n").last, let kb = Int(last.trimmingCharacters(in: .whitespaces)) else { return nil }
    return kb * 1024
}

/// Runs the built `socioeco` binary.
@discardableResult
public func socioeco(_ arguments: String..., input: Data? = nil, environment: [String: String]? = nil) throws -> RunResult {
    try run(Paths.binary, arguments, input: input, environment: environment)
}
