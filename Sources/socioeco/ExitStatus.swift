import ArgumentParser

/// Exit statuses, from BSD sysexits where one fits.
enum ExitStatus {
    static let differs = ExitCode(1)
    static let usage = ExitCode(64)
    static let invalidInput = ExitCode(65)
    static let missingInput = ExitCode(66)
    static let cannotCreateOutput = ExitCode(73)
    /// A bug: the tool built something that breaks the format.
    static let internalError = ExitCode(70)
}

/// The status of a command that goes on past inputs that fail: it ends with the worst
/// one seen, and a missing input (66) outranks an invalid one (65), so a script learns
/// first that a file is absent.
struct WorstExitStatus {
    private(set) var status: ExitCode?

    mutating func keep(_ code: ExitCode) {
        if status == nil || code == ExitStatus.missingInput { status = code }
    }

    /// Throws the worst status kept, if any.
    func check() throws {
        if let status { throw status }
    }
}
