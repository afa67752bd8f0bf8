/// Hands out ids that are unique within one kind, renaming on collision in a fixed way.
///
/// A free id is kept. A taken one becomes `PREFIX.ID`; when that is taken too, or
/// longer than the format's 64 characters, it is shortened and numbered `-2`, `-3`...
/// The result always matches `[A-Za-z0-9][A-Za-z0-9._-]{0,63}`.
struct IdentifierAllocator {
    private var used: Set<String> = []

    init() {}

    /// Takes `id` as it is if free; returns whether it was.
    mutating func claim(_ id: String) -> Bool { used.insert(id).inserted }

    /// `id` if free, else a derived id that is free; the result is now taken.
    mutating func allocate(_ id: String, prefix: String) -> String {
        if claim(id) { return id }
        let head = Identifier<Never>.isWellFormed(prefix) ? prefix : "merged"
        var n = 1
        while true {
            let suffix = n == 1 ? "" : "-\(n)"
            let candidate = Self.join(head, id, room: 64 - suffix.utf8.count) + suffix
            if claim(candidate) { return candidate }
            n += 1
        }
    }

    /// `head.id` in at most `room` bytes: the id is kept whole where it fits, the head
    /// shortened first (ids and heads are ASCII, so bytes are characters).
    static func join(_ head: String, _ id: String, room: Int) -> String {
        let full = head + "." + id
        if full.utf8.count <= room { return full }
        let idRoom = room - 2
        if id.utf8.count <= idRoom {
            return String(head.prefix(room - 1 - id.utf8.count)) + "." + id
        }
        // The id alone is too long: keep a one-character head and the start of the id.
        return String(head.prefix(1)) + "." + String(id.prefix(idRoom))
    }
}
