/// The tokens of the names interned in libxml2's dictionary, found by the name's
/// address: a small open-addressing table, since hashing a pointer with Swift's
/// seeded hasher cost more than the rest of a node's handling. Its storage is raw and
/// fixed, so a lookup, made for every element and attribute of a file, takes no
/// reference count and no exclusivity check.
final class NameTokens {
    private static let capacity = 256
    private let keys: UnsafeMutablePointer<UnsafeRawPointer?>
    private let values: UnsafeMutablePointer<Int>

    init() {
        keys = .allocate(capacity: Self.capacity)
        keys.initialize(repeating: nil, count: Self.capacity)
        values = .allocate(capacity: Self.capacity)
        values.initialize(repeating: 0, count: Self.capacity)
    }

    deinit {
        keys.deallocate()
        values.deallocate()
    }

    private static func slot(_ p: UnsafeRawPointer) -> Int {
        let bits = UInt(bitPattern: p)
        return Int(truncatingIfNeeded: (bits >> 4) ^ (bits >> 12)) & (capacity - 1)
    }

    /// Adds `p` with `token`. The table holds a format's few dozen names, far below its capacity.
    func insert(_ p: UnsafeRawPointer, _ token: Int) {
        var i = Self.slot(p)
        while let k = keys[i], k != p { i = (i + 1) & (Self.capacity - 1) }
        keys[i] = p
        values[i] = token
    }

    func token(for p: UnsafeRawPointer) -> Int? {
        var i = Self.slot(p)
        while let k = keys[i] {
            if k == p { return values[i] }
            i = (i + 1) & (Self.capacity - 1)
        }
        return nil
    }
}
