import FuzzChecks

// libFuzzer entry point: the XLSX reader on arbitrary bytes, every sheet read to its
// end. It must give well-formed rows or a located failure.
private let scratch = ScratchFile(purpose: "xlsx")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLSX(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    scratch.write(UnsafeRawBufferPointer(start: start, count: count))
    if let first = XLSXCheck.findings(scratch).first { fatalError(first) }
    return 0
}
