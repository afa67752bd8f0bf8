/// The position of each key in a list of keys, first occurrence winning: a linear
/// search for the short lists a framework has (comparing a few short ids costs less
/// than hashing one), a dictionary for long ones.
struct SmallIndex<Key: Hashable> {
    private static var scanLimit: Int { 32 }

    private let keys: [Key]
    private let positions: [Key: Int]?

    init(_ keys: [Key]) {
        self.keys = keys
        if keys.count > Self.scanLimit {
            var positions: [Key: Int] = [:]
            for (i, k) in keys.enumerated() where positions[k] == nil { positions[k] = i }
            self.positions = positions
        } else {
            positions = nil
        }
    }

    subscript(key: Key) -> Int? {
        if let positions { return positions[key] }
        return keys.firstIndex(of: key)
    }
}
