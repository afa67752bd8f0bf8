import FuzzChecks

// libFuzzer entry point: the programme reader on arbitrary bytes, from a file and from
// memory. It must return a model or a failure with printable diagnostics, the same both
// ways; crashes, hangs and runaway memory are libFuzzer's to catch.
private let scratch = ScratchFile(purpose: "reader")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReader(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let input = UnsafeRawBufferPointer(start: start, count: count)
    scratch.write(input)
    let findings = ReaderCheck.readBothWays(Array(input), file: scratch).findings
    if let first = findings.first { fatalError(first) }
    return 0
}
