/// A failed system call: the error number and the system's text for it.
package struct SystemError: Error, Hashable, Sendable, CustomStringConvertible {
    package var code: Int32

    package init(code: Int32) { self.code = code }

    /// Whether the file or a folder on its path does not exist.
    package var isNoSuchFile: Bool { code == SystemCalls.noSuchFile }

    package var description: String { SystemCalls.errorText(code) }
}
