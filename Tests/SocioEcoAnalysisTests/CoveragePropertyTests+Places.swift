import SocioEcoAnalysis
import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// Place x level coverage against a brute-force count: for each place and each
/// intervention, does it work there.
extension CoveragePropertyTests {
    @Test func placeCoverageEqualsBruteForceCounts() {
        for seed in UInt64(1)...200 {
            var generator = ProgrammeGenerator(seed: seed)
            var p = generator.programme()
            var rng = SplitMix64(seed: seed &* 7919)
            p.places = Self.places(count: Int.random(in: 0...14, using: &rng), using: &rng)
            let ids = p.places.map(\.id)
            for i in p.interventions.indices where !ids.isEmpty && Bool.random(using: &rng) {
                p.interventions[i].places = Array(Set((0..<Int.random(in: 1...3, using: &rng)).map { _ in ids.randomElement(using: &rng)! }))
                    .sorted { $0.rawValue < $1.rawValue }
            }
            let a = CoverageAnalysis(programme: p)
            let expected = Self.bruteForce(p)
            #expect(a.places.rows.map(\.place) == expected.map(\.place), "seed \(seed)")
            #expect(a.places.rows.map(\.counts) == expected.map(\.counts), "seed \(seed)")
            #expect(a.places.rows.map(\.isInnermost) == expected.map(\.isInnermost), "seed \(seed)")
            #expect(a.places.rows.map(\.agencies) == expected.map(\.agencies), "seed \(seed)")
        }
    }

    /// A forest declared in shuffled order, so a child may come before its parent.
    static func places(count: Int, using rng: inout SplitMix64) -> [Place] {
        var list: [Place] = []
        for k in 0..<count {
            let parent: Place.ID? = k == 0 || Int.random(in: 0...3, using: &rng) == 0 ? nil : list.randomElement(using: &rng)!.id
            list.append(Place(id: Place.ID("pl\(k)"), name: "Place \(k)", parent: parent))
        }
        return list.shuffled(using: &rng)
    }

    static func bruteForce(_ p: Programme) -> [PlaceCoverage.Row] {
        func ancestorsOrSelf(_ id: Place.ID) -> [Place.ID] {
            var chain = [id]
            while let up = p.places.first(where: { $0.id == chain.last! })?.parent { chain.append(up) }
            return chain
        }
        func preorder(_ parent: Place.ID?) -> [Place] {
            p.places.filter { $0.parent == parent }.flatMap { [$0] + preorder($0.id) }
        }
        let levels = p.framework.levelsByRank.map(\.id)
        var agencyIDs: [Agency.ID] = []
        for a in p.agencies where !agencyIDs.contains(a.id) { agencyIDs.append(a.id) }
        return preorder(nil).map { place in
            let up = ancestorsOrSelf(place.id)
            let working = p.interventions.filter { i in i.places.isEmpty || i.places.contains { up.contains($0) } }
            let agencies = agencyIDs.filter { a in working.contains { $0.lead == a || $0.partners.contains(a) } }
            return PlaceCoverage.Row(
                place: place.id, name: place.name, pcode: place.pcode, parent: place.parent,
                isInnermost: !p.places.contains { $0.parent == place.id },
                counts: levels.map { l in working.count { $0.levels.contains(l) } }, agencies: agencies)
        }
    }
}
