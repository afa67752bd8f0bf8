#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether this test process, and so the binary built beside it, runs under
/// AddressSanitizer (`swift test --sanitize=address`). Under it every child is slower and
/// bigger by design, and on a busy two-core machine a single launch has been seen to take
/// twenty seconds, so budgets of time and memory are only held without it; what a test
/// checks besides its budgets still runs.
public enum Sanitizer {
    public static let addressSanitizerIsActive: Bool = {
        #if canImport(Glibc)
        let everything = UnsafeMutableRawPointer(bitPattern: 0)  // RTLD_DEFAULT
        #else
        let everything = UnsafeMutableRawPointer(bitPattern: -2)  // RTLD_DEFAULT
        #endif
        return dlsym(everything, "__asan_init") != nil
    }()
}
