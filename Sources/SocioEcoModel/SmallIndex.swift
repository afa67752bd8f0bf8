/// The position of each key in a list of keys, first occurrence winning: a linear
/// search for the short lists a programme and a framework hold (comparing a few short
/// ids costs less than hashing one, and allocates nothing), a dictionary for long ones.
///
/// The one lookup index of the package, so that the size where hashing starts to pay
/// is measured and set in one place. Public and inlinable, not `package`: the analysis
/// looks keys up in its inner loop, and this compiler left `package` inlinable code
/// unspecialised across the module boundary, a generic call that cost more than the lookup.
public struct SmallIndex<Key: Hashable> {
    /// Up to this many keys are searched linearly. CPMS has 28 standards and 4 levels; an
    /// intervention names a handful of refs.
    @inlinable public static var scanLimit: Int { 32 }

    @usableFromInline let keys: [Key]
    @usableFromInline let positions: [Key: Int]?

    @inlinable public init(_ keys: [Key]) {
        self.keys = keys
        if keys.count > Self.scanLimit {
            var positions: [Key: Int] = [:]
            positions.reserveCapacity(keys.count)
            for (i, k) in keys.enumerated() where positions[k] == nil { positions[k] = i }
            self.positions = positions
        } else {
            positions = nil
        }
    }

    /// The position of the first key equal to `key`, or nil.
    @inlinable public subscript(key: Key) -> Int? {
        if let positions { return positions[key] }
        return keys.firstIndex(of: key)
    }

    /// Whether the key at `position` already occurs earlier in the list.
    @inlinable public func isRepeat(at position: Int) -> Bool {
        self[keys[position]] != position
    }
}

extension SmallIndex: Sendable where Key: Sendable {}
