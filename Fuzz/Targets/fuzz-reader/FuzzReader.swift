import FuzzChecks

// libFuzzer entry point: the programme reader on arbitrary bytes. It must return a
// model or a failure with printable diagnostics; crashes, hangs and runaway memory are
// libFuzzer's to catch. The reader reads from a path, so each input goes to a scratch
// file first.
private let scratch = ScratchFile(purpose: "reader")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReader(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    scratch.write(UnsafeRawBufferPointer(start: start, count: count))
    let findings = ReaderCheck.read(scratch).findings
    if let first = findings.first { fatalError(first) }
    return 0
}
