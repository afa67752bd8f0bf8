import SocioEcoModel

extension Programme {
    /// The programme as seen from one place: the interventions working there (those at it,
    /// at a place around it, or with no place; those at a place inside it too, which work
    /// in part of it), and the places of its subtree with it at the top. Nil when no place
    /// has the id.
    ///
    /// An intervention working in the whole place (at it, around it or everywhere) names
    /// no place in the result, so that it works everywhere the view does; one at places
    /// inside it keeps those. The rings, matrix and place table of the result are then the
    /// coverage of that place, counted as the whole programme's are. Linear in the places
    /// and the interventions' place refs.
    public func restricted(to id: Place.ID) -> Programme? {
        let tree = PlaceTree(places)
        guard let root = tree.index[id] else { return nil }
        let first = tree.position[root], end = tree.subtreeEnd[root]
        var around = Set<Int>()
        var up: Int? = root
        while let i = up, around.insert(i).inserted { up = tree.parent[i] }
        var copy = self
        copy.places = tree.order[first..<end].map { i in
            var place = places[i]
            if i == root { place.parent = nil }
            return place
        }
        copy.interventions = interventions.compactMap { item in
            if item.places.isEmpty { return item }
            var inside: [Place.ID] = []
            for ref in item.places {
                guard let i = tree.index[ref] else { continue }
                if around.contains(i) {
                    var whole = item
                    whole.places = []
                    return whole
                }
                if tree.position[i] > first && tree.position[i] < end { inside.append(ref) }
            }
            guard !inside.isEmpty else { return nil }
            var part = item
            part.places = inside
            return part
        }
        return copy
    }

    /// The declared place id nearest to `text` by edit distance, for a "did you mean"
    /// when a command is given an id no place has; nil when none is close (more than a
    /// third of the id's length away).
    public func placeNearest(to text: String) -> Place.ID? {
        let target = Array(text.lowercased().unicodeScalars)
        var best: (id: Place.ID, distance: Int)?
        for place in places {
            let d = Self.editDistance(target, Array(place.id.rawValue.lowercased().unicodeScalars))
            if d <= max(1, target.count / 3), d < best?.distance ?? .max { best = (place.id, d) }
        }
        return best?.id
    }

    /// Levenshtein distance, one row at a time.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var diagonal = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let above = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1))
                diagonal = above
            }
        }
        return row[b.count]
    }
}
