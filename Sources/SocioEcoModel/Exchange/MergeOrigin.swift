/// Where a merged intervention or agency came from: the programme that declared it,
/// the file it was read from, and its id there when the merge renamed it.
///
/// Each part is optional because a file may carry only some of them; a merge fills in
/// the parts that are missing and keeps those already present, so that merging a
/// joint file again still names the first origin.
public struct MergeOrigin: Hashable, Sendable {
    public var programme: Programme.ID?
    public var file: String?
    /// The id it had in `programme`, when that differs from its id now.
    public var originalID: String?

    public init(programme: Programme.ID? = nil, file: String? = nil, originalID: String? = nil) {
        self.programme = programme
        self.file = file
        self.originalID = originalID
    }

    /// Whether no part is known.
    public var isEmpty: Bool { programme == nil && file == nil && originalID == nil }

    /// This origin with the parts it lacks taken from `other`.
    public func filling(from other: MergeOrigin) -> MergeOrigin {
        MergeOrigin(programme: programme ?? other.programme, file: file ?? other.file,
                    originalID: originalID ?? other.originalID)
    }
}

extension MergeOrigin {
    /// An origin held by reference, compared by value.
    final class Box: Hashable, Sendable {
        let value: MergeOrigin

        init(_ value: MergeOrigin) {
            self.value = value
        }

        static func == (a: Box, b: Box) -> Bool { a.value == b.value }

        func hash(into h: inout Hasher) { h.combine(value) }
    }
}

extension Optional where Wrapped == MergeOrigin {
    /// The origin with the parts it lacks taken from `other`; nil stays nil only when
    /// `other` is empty too.
    func filling(from other: MergeOrigin) -> MergeOrigin? {
        let result = (self ?? MergeOrigin()).filling(from: other)
        return result.isEmpty ? nil : result
    }
}
