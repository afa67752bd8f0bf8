import FuzzChecks

// libFuzzer entry point: every input the reader accepts is written in every format,
// and each output is checked (programme XML reads back equal and is written the same
// again, every XML output parses, DOT is sound in every view).
private let input = ScratchFile(purpose: "roundtrip-in")
private let output = ScratchFile(purpose: "roundtrip-out")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRoundTrip(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    input.write(UnsafeRawBufferPointer(start: start, count: count))
    let problems = RoundTripCheck.problems(input: input, output: output)
    if !problems.isEmpty { fatalError(problems.joined(separator: "\n")) }
    return 0
}
