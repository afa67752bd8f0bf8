/// Says whether each element of a list already occurred earlier in it: a linear scan
/// for the short lists a programme holds (faster than hashing, and allocates nothing),
/// a set once a list is long enough for the scan to cost more.
struct RepeatDetector<Element: Hashable> {
    private static var scanLimit: Int { 16 }

    private let items: [Element]
    private var seen: Set<Element>?

    init(_ items: [Element]) {
        self.items = items
        seen = items.count > Self.scanLimit ? Set(minimumCapacity: items.count) : nil
    }

    /// Whether `items[k]` equals an item before it. Call once for each `k`, in order.
    mutating func isRepeat(at k: Int) -> Bool {
        if seen != nil { return !seen!.insert(items[k]).inserted }
        let item = items[k]
        for j in 0..<k where items[j] == item { return true }
        return false
    }
}
