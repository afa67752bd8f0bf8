import Foundation

/// The outcome of running a program to completion.
public struct RunResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
    /// Peak resident memory of the child in bytes, where the system reports it.
    public var peakMemory: Int
    public var seconds: Double
}

/// Runs `executable` with `arguments`, feeding `input` on standard input, and waits.
@discardableResult
public func run(_ executable: String, _ arguments: [String], input: Data? = nil,
                environment: [String: String]? = nil, directory: String? = nil) throws -> RunResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let environment {
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
    }
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    let out = Pipe(), err = Pipe(), inp = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = inp
    let start = Date()
    try process.run()
    if let input { inp.fileHandleForWriting.write(input) }
    try? inp.fileHandleForWriting.close()
    // Drain both pipes while the child runs so that a chatty child cannot block.
    let group = DispatchGroup()
    nonisolated(unsafe) var outData = Data(), errData = Data()
    group.enter()
    DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
    group.enter()
    DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
    process.waitUntilExit()
    group.wait()
    var usage = rusage()
    getrusage(RUSAGE_CHILDREN.rawValue, &usage)
    return RunResult(status: process.terminationStatus,
                     stdout: String(decoding: outData, as: UTF8.self),
                     stderr: String(decoding: errData, as: UTF8.self),
                     peakMemory: Int(usage.ru_maxrss) * 1024,
                     seconds: Date().timeIntervalSince(start))
}

/// Runs the built `socioeco` binary.
@discardableResult
public func socioeco(_ arguments: String..., input: Data? = nil, environment: [String: String]? = nil) throws -> RunResult {
    try run(Paths.binary, arguments, input: input, environment: environment)
}
