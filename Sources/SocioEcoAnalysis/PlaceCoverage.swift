import SocioEcoModel

/// Coverage by place: for every place of the programme, in tree order (a parent before
/// its children, siblings in declaration order), how many interventions work there at
/// each level, and which agencies lead or partner there (the 3W view).
///
/// An intervention at a place works there and in every place inside it; one with no
/// place works everywhere; one whose place refs all fail to resolve (an invalid model)
/// works in none. Empty when the programme declares no places.
public struct PlaceCoverage: Hashable, Sendable {
    /// One place's row.
    public struct Row: Hashable, Sendable {
        public var place: Place.ID
        public var name: String
        public var pcode: String?
        /// The place the tree walk reached this one from; nil at the top, and for a place
        /// whose parent does not resolve or that sits on a cycle (an invalid model).
        public var parent: Place.ID?
        /// Whether no place lies inside it: the areas gaps are looked for in.
        public var isInnermost: Bool
        /// Per level, innermost first (`levels`), the interventions working here.
        public var counts: [Int]
        /// Agencies that lead or partner an intervention working here, in declaration order.
        public var agencies: [Agency.ID]

        public init(place: Place.ID, name: String, pcode: String?, parent: Place.ID?, isInnermost: Bool,
                    counts: [Int], agencies: [Agency.ID]) {
            self.place = place
            self.name = name
            self.pcode = pcode
            self.parent = parent
            self.isInnermost = isInnermost
            self.counts = counts
            self.agencies = agencies
        }
    }

    /// The levels the counts are for, innermost first.
    public var levels: [Level.ID]
    /// Every place once, in tree order.
    public var rows: [Row]

    public init(levels: [Level.ID], rows: [Row]) {
        self.levels = levels
        self.rows = rows
    }

    /// Whether the programme declares no places.
    public var isEmpty: Bool { rows.isEmpty }
}
