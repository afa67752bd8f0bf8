import FuzzChecks

// libFuzzer entry point: the CSV reader and the 5W import on arbitrary bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let bytes = [UInt8](UnsafeRawBufferPointer(start: start, count: count))
    let problems = CSVCheck.problems(for: bytes)
    if !problems.isEmpty { fatalError(problems.joined(separator: "\n")) }
    return 0
}
