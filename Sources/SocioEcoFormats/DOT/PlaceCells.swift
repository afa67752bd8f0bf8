import SocioEcoAnalysis
import SocioEcoModel

/// Which interventions work in each innermost place, for the places view, and whether
/// there are too many places or intervention and place pairs to draw them one by one.
///
/// An intervention works in a place when it names no place or names the place or one
/// around it, as the place coverage counts. The pairs are counted only up to the limit,
/// so deciding on the summary costs little even for a hundred thousand interventions.
struct PlaceCells {
    private let programme: Programme
    /// Per place id, the place and those around it.
    private var around: [Place.ID: [Place.ID]] = [:]
    let isLarge: Bool

    init(programme: Programme, coverage: PlaceCoverage) {
        self.programme = programme
        var parent: [Place.ID: Place.ID] = [:]
        for row in coverage.rows { if let p = row.parent { parent[row.place] = p } }
        let innermost = coverage.rows.filter(\.isInnermost).map(\.place)
        for id in innermost {
            var chain = [id]
            var at = id
            // The rows' parents form a tree (the analysis walked it), so this ends.
            while let up = parent[at], chain.count <= coverage.rows.count { chain.append(up); at = up }
            around[id] = chain
        }
        var large = innermost.count > DOTEncoder.Options.placeClusterLimit
        if !large {
            var pairs = 0
            search: for id in innermost {
                for item in programme.interventions where Self.works(item, in: around[id] ?? []) {
                    pairs += 1
                    if pairs > DOTEncoder.Options.placePairLimit { large = true; break search }
                }
            }
        }
        isLarge = large
    }

    /// The indices of the interventions working in the innermost place `id`, in file order.
    func interventions(at id: Place.ID) -> [Int] {
        let chain = around[id] ?? [id]
        return programme.interventions.indices.filter { Self.works(programme.interventions[$0], in: chain) }
    }

    private static func works(_ item: Intervention, in chain: [Place.ID]) -> Bool {
        item.places.isEmpty || item.places.contains { chain.contains($0) }
    }
}
