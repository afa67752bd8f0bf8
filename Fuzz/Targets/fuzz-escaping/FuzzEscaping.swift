import FuzzChecks

// libFuzzer entry point: the escaping functions on arbitrary Unicode. The first byte
// picks a small DOT length limit so that cutting is exercised too; the rest, decoded
// as UTF-8 (bad sequences become U+FFFD), is the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEscaping(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    guard let first = bytes.first else { return 0 }
    let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    let problems = EscapingCheck.problems(for: text, dotLimit: 3 + Int(first))
    if !problems.isEmpty { fatalError(problems.joined(separator: "\n")) }
    return 0
}
