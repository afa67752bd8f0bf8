import SocioEcoAnalysis
import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// Place x level coverage worked out by hand on a small tree, and on broken trees.
@Suite struct PlaceCoverageTests {
    /// Ukhiya with two camps, Teknaf with none.
    static let places = [
        Place(id: "ukhiya", name: "Ukhiya", pcode: "BD202294"),
        Place(id: "camp-1e", name: "Camp 1E", parent: "ukhiya"),
        Place(id: "teknaf", name: "Teknaf", pcode: "BD202290"),
        Place(id: "camp-2w", name: "Camp 2W", parent: "ukhiya"),
    ]

    static let agencies = [Agency(id: "unicef", name: "UNICEF", type: .un), Agency(id: "brac", name: "BRAC", type: .nationalNGO, local: true)]

    static func programme(_ interventions: [Intervention]) -> Programme {
        Programme(id: "p", title: "P", agencies: agencies, places: places, interventions: interventions)
    }

    @Test func countsInheritDownTheTreeOnce() {
        let p = Self.programme([
            Intervention(id: "district", lead: "unicef", title: "D", levels: ["family", "community"], places: ["ukhiya"]),
            Intervention(id: "camp", lead: "brac", title: "C", levels: ["child"], places: ["camp-1e"]),
            // Named at the district and a camp inside it: counts once in that camp.
            Intervention(id: "both", title: "B", levels: ["child"], partners: ["brac"], places: ["camp-1e", "ukhiya"]),
            Intervention(id: "everywhere", lead: "unicef", title: "E", levels: ["society"]),
        ])
        let c = CoverageAnalysis(programme: p).places
        #expect(c.levels == ["child", "family", "community", "society"])
        #expect(c.rows.map(\.place) == ["ukhiya", "camp-1e", "camp-2w", "teknaf"])
        #expect(c.rows.map(\.counts) == [[1, 1, 1, 1], [2, 1, 1, 1], [1, 1, 1, 1], [0, 0, 0, 1]])
        #expect(c.rows.map(\.isInnermost) == [false, true, true, true])
        #expect(c.rows.map(\.parent) == [nil, "ukhiya", "ukhiya", nil])
        #expect(c.rows.map(\.agencies) == [["unicef", "brac"], ["unicef", "brac"], ["unicef", "brac"], ["unicef"]])
        #expect(c.rows[0].pcode == "BD202294" && c.rows[0].name == "Ukhiya")
    }

    @Test func noPlacesMeansNoRows() {
        let p = Programme(id: "p", title: "P", interventions: [Intervention(id: "a", title: "A", levels: ["child"])])
        #expect(CoverageAnalysis(programme: p).places.isEmpty)
    }

    @Test func aCycleADanglingParentAndARepeatedIdNeitherTrapNorLoop() {
        let p = Programme(id: "p", title: "P", places: [
            Place(id: "a", name: "A", parent: "b"),
            Place(id: "b", name: "B", parent: "a"),
            Place(id: "c", name: "C", parent: "missing"),
            Place(id: "d", name: "D", parent: "d"),
            Place(id: "a", name: "A again"),
        ], interventions: [
            Intervention(id: "x", title: "X", levels: ["child"], places: ["a", "nowhere"]),
            Intervention(id: "y", title: "Y", levels: ["family"], places: ["nowhere"]),
        ])
        let c = CoverageAnalysis(programme: p).places
        #expect(c.rows.map(\.place) == ["c", "d", "a", "b"])
        #expect(c.rows.map { $0.counts[0] } == [0, 0, 1, 1])
        #expect(c.rows.allSatisfy { $0.counts[1] == 0 })
    }

    @Test func aDeepChainIsWalkedWithoutRecursion() {
        let chain = (0..<20_000).map { Place(id: Place.ID("p\($0)"), name: "P", parent: $0 == 0 ? nil : Place.ID("p\($0 - 1)")) }
        let p = Programme(id: "p", title: "P", places: chain, interventions: [
            Intervention(id: "x", title: "X", levels: ["child"], places: ["p0", "p19999"]),
        ])
        let c = CoverageAnalysis(programme: p).places
        #expect(c.rows.count == 20_000 && c.rows.allSatisfy { $0.counts[0] == 1 })
        #expect(c.rows.map(\.isInnermost).filter { $0 }.count == 1)
    }

    @Test func onADateOnlyRunningInterventionsCount() {
        let d = { (s: String) in CalendarDate(s)! }
        let p = Self.programme([
            Intervention(id: "early", title: "E", levels: ["child"], places: ["teknaf"], start: d("2024-01-01"), end: d("2024-06-30")),
            Intervention(id: "late", title: "L", levels: ["family"], places: ["teknaf"], start: d("2024-07-01")),
            Intervention(id: "always", title: "A", levels: ["society"]),
        ])
        let june = CoverageAnalysis(programme: p, on: d("2024-06-30"))
        #expect(june.date == d("2024-06-30"))
        #expect(june.interventionCount == 2)
        #expect(june.levels.map { $0.interventions.count } == [1, 0, 0, 1])
        #expect(june.places.rows.last?.counts == [1, 0, 0, 1])
        let july = CoverageAnalysis(programme: p, on: d("2024-07-01"))
        #expect(july.places.rows.last?.counts == [0, 1, 0, 1])
        #expect(CoverageAnalysis(programme: p).interventionCount == 3)
    }

    /// The benchmark's shape: 100,000 interventions over 10,000 places in a four-level tree.
    /// Counting at the places named and pushing down once keeps this to seconds in a debug
    /// build; a place x intervention product would not finish.
    @Test func aLargeTreeIsCountedExactlyWhereChecked() {
        var places = [Place(id: "c", name: "Country")]
        for r in 0..<9 {
            places.append(Place(id: Place.ID("r\(r)"), name: "R", parent: "c"))
            for d in 0..<10 {
                places.append(Place(id: Place.ID("r\(r)d\(d)"), name: "D", parent: Place.ID("r\(r)")))
                for k in 0..<110 { places.append(Place(id: Place.ID("r\(r)d\(d)k\(k)"), name: "K", parent: Place.ID("r\(r)d\(d)"))) }
            }
        }
        var rng = SplitMix64(seed: 13)
        let levels: [Level.ID] = ["child", "family", "community", "society"]
        let interventions = (0..<100_000).map { n in
            Intervention(id: Intervention.ID("i\(n)"), title: "I", levels: [levels.randomElement(using: &rng)!],
                         places: n % 10 == 0 ? [] : [places.randomElement(using: &rng)!.id])
        }
        let p = Programme(id: "p", title: "P", places: places, interventions: interventions)
        let c = CoverageAnalysis(programme: p).places
        #expect(c.rows.count == places.count)
        let parent = Dictionary(uniqueKeysWithValues: places.map { ($0.id, $0.parent) })
        for row in c.rows where row.place.rawValue.hasSuffix("d4k7") || row.place == "c" || row.place == "r3" {
            var up: Set<Place.ID> = [row.place]
            var at = row.place
            while let next = parent[at] ?? nil { up.insert(next); at = next }
            let expected = levels.map { l in interventions.count { $0.levels == [l] && ($0.places.isEmpty || up.contains($0.places[0])) } }
            #expect(row.counts == expected, "\(row.place)")
        }
    }
}
