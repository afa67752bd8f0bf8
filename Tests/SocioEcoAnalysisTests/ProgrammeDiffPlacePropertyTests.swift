import SocioEcoAnalysis
import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// Coverage movement per place against brute force: two versions of a generated
/// programme with places, one derived from the other by removing places, adding places
/// and moving interventions, compared cell by cell.
@Suite struct ProgrammeDiffPlacePropertyTests {
    /// An old version with places and a new one that removed some (their children moved
    /// up, refs dropped), added others, and moved interventions and levels.
    static func pair(seed: UInt64) -> (Programme, Programme) {
        var g = ProgrammeGenerator(seed: seed)
        var old = g.programme()
        var rng = SplitMix64(seed: seed &* 104_729)
        old.places = CoveragePropertyTests.places(count: Int.random(in: 1...12, using: &rng), using: &rng)
        func scatter(_ p: inout Programme) {
            let ids = p.places.map(\.id)
            for i in p.interventions.indices where !ids.isEmpty && Int.random(in: 0...2, using: &rng) > 0 {
                p.interventions[i].places = Array(Set((0..<Int.random(in: 1...3, using: &rng)).map { _ in ids.randomElement(using: &rng)! }))
                    .sorted { $0.rawValue < $1.rawValue }
            }
        }
        scatter(&old)
        var new = old
        for place in old.places where Int.random(in: 0...3, using: &rng) == 0 {
            // Its parent now, which an earlier removal may have moved up.
            let up = new.places.first { $0.id == place.id }?.parent
            new.places.removeAll { $0.id == place.id }
            for j in new.places.indices where new.places[j].parent == place.id { new.places[j].parent = up }
            for i in new.interventions.indices { new.interventions[i].places.removeAll { $0 == place.id } }
        }
        for k in 0..<Int.random(in: 0...3, using: &rng) {
            let parent = Bool.random(using: &rng) ? new.places.randomElement(using: &rng)?.id : nil
            new.places.append(Place(id: Place.ID("new\(k)"), name: "New \(k)", parent: parent))
        }
        if Bool.random(using: &rng) { scatter(&new) }
        for i in new.interventions.indices where Int.random(in: 0...4, using: &rng) == 0 {
            new.interventions[i].levels = [new.framework.levels.randomElement(using: &rng)!.id]
        }
        if Int.random(in: 0...5, using: &rng) == 0 { new.interventions.removeAll() }
        return (old, new)
    }

    @Test func placeLevelsEqualBruteForceMovement() {
        var moved = 0
        for seed in UInt64(1)...150 {
            let (old, new) = Self.pair(seed: seed)
            let d = ProgrammeDiff(old: old, new: new)
            let before = CoveragePropertyTests.bruteForce(old), after = CoveragePropertyTests.bruteForce(new)
            let levels = d.levels.map(\.level)
            func counts(_ rows: [PlaceCoverage.Row], _ p: Programme) -> [Place.ID: [Level.ID: Int]] {
                let ids = p.framework.levelsByRank.map(\.id)
                return Dictionary(uniqueKeysWithValues: rows.map { row in (row.place, Dictionary(uniqueKeysWithValues: zip(ids, row.counts))) })
            }
            let b = counts(before, old), a = counts(after, new)
            var expected: [PlaceLevelShift] = []
            let removed = before.filter { a[$0.place] == nil }
            for row in after + removed {
                for level in levels {
                    let x = b[row.place]?[level], y = a[row.place]?[level]
                    if (x ?? 0) != (y ?? 0) { expected.append(PlaceLevelShift(place: row.place, name: row.name, level: level, before: x, after: y)) }
                }
            }
            #expect(d.placeLevels == expected, "seed \(seed)")
            #expect(d.addedPlaces.map(\.id) == new.places.map(\.id).filter { id in !old.places.contains { $0.id == id } }, "seed \(seed)")
            #expect(d.removedPlaces.map(\.id) == old.places.map(\.id).filter { id in !new.places.contains { $0.id == id } }, "seed \(seed)")
            moved += d.placeLevels.count
        }
        #expect(moved > 100, "the pairs move coverage")
    }
}
