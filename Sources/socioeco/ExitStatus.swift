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
