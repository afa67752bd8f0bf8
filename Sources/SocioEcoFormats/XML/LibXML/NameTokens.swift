/// The tokens of the names interned in libxml2's dictionary, found by the name's
/// address: a small open-addressing table, since hashing a pointer with Swift's
/// seeded hasher cost more than the rest of a node's handling. Its storage is raw and
/// fixed, so a lookup, made for every element and attribute of a file, takes no
/// reference count and no exclusivity check.
final class NameTokens {
    /// The table itself, two pointers: what a callback's name carries to look itself up
    /// without holding (and so retaining) the object that owns the storage. Valid for as
    /// long as its `NameTokens` lives.
    struct Table {
        fileprivate let keys: UnsafeMutablePointer<UnsafeRawPointer?>
        fileprivate let values: UnsafeMutablePointer<Int>

        func token(for p: UnsafeRawPointer) -> Int? {
            var i = NameTokens.slot(p)
            while let k = keys[i] {
                if k == p { return values[i] }
                i = (i + 1) & (NameTokens.capacity - 1)
            }
            return nil
        }
    }

    fileprivate static let capacity = 256
    let table: Table

    init() {
        let keys = UnsafeMutablePointer<UnsafeRawPointer?>.allocate(capacity: Self.capacity)
        keys.initialize(repeating: nil, count: Self.capacity)
        let values = UnsafeMutablePointer<Int>.allocate(capacity: Self.capacity)
        values.initialize(repeating: 0, count: Self.capacity)
        table = Table(keys: keys, values: values)
    }

    deinit {
        table.keys.deallocate()
        table.values.deallocate()
    }

    fileprivate static func slot(_ p: UnsafeRawPointer) -> Int {
        let bits = UInt(bitPattern: p)
        return Int(truncatingIfNeeded: (bits >> 4) ^ (bits >> 12)) & (capacity - 1)
    }

    /// Adds `p` with `token`. The table holds a format's few dozen names, far below its capacity.
    func insert(_ p: UnsafeRawPointer, _ token: Int) {
        var i = Self.slot(p)
        while let k = table.keys[i], k != p { i = (i + 1) & (Self.capacity - 1) }
        table.keys[i] = p
        table.values[i] = token
    }

    func token(for p: UnsafeRawPointer) -> Int? { table.token(for: p) }
}
