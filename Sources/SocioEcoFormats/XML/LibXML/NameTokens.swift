/// The tokens of the names interned in libxml2's dictionary, found by the name's
/// address: a small open-addressing table, since hashing a pointer with Swift's
/// seeded hasher cost more than the rest of a node's handling.
struct NameTokens {
    private static let capacity = 256
    private var keys = [UnsafeRawPointer?](repeating: nil, count: capacity)
    private var values = [Int](repeating: 0, count: capacity)

    private static func slot(_ p: UnsafeRawPointer) -> Int {
        let bits = UInt(bitPattern: p)
        return Int(truncatingIfNeeded: (bits >> 4) ^ (bits >> 12)) & (capacity - 1)
    }

    /// Adds `p` with `token`. The table holds the format's few dozen names, far below its capacity.
    mutating func insert(_ p: UnsafeRawPointer, _ token: Int) {
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
