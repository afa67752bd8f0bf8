import SocioEcoAnalysis
import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// `Programme.restricted(to:)` and `placeNearest(to:)`: one place's view of a programme.
@Suite("A programme seen from one place")
struct PlaceRestrictionTests {
    /// country > (north > (n1, n2), south > s1)
    static let programme = Programme(id: "p", title: "T", places: [
        Place(id: "country", name: "Country"),
        Place(id: "north", name: "North", parent: "country"),
        Place(id: "n1", name: "N1", parent: "north"),
        Place(id: "n2", name: "N2", parent: "north"),
        Place(id: "south", name: "South", parent: "country"),
        Place(id: "s1", name: "S1", parent: "south"),
    ], interventions: [
        Intervention(id: "everywhere", title: "E", levels: ["child"]),
        Intervention(id: "national", title: "Nat", levels: ["society"], places: ["country"]),
        Intervention(id: "north-only", title: "N", levels: ["family"], places: ["north"]),
        Intervention(id: "n1-and-s1", title: "NS", levels: ["community"], places: ["n1", "s1"]),
        Intervention(id: "south-only", title: "S", levels: ["family"], places: ["south"]),
    ])

    @Test("a middle place keeps the interventions around it, in it and inside it, and its subtree with it at the top")
    func middle() throws {
        let north = try #require(Self.programme.restricted(to: "north"))
        #expect(north.places.map(\.id) == ["north", "n1", "n2"])
        #expect(north.places.first?.parent == nil)
        #expect(north.interventions.map(\.id) == ["everywhere", "national", "north-only", "n1-and-s1"])
        // Working in the whole place means everywhere in the view; inside it, the places inside kept.
        #expect(north.interventions.map(\.places) == [[], [], [], ["n1"]])
        #expect(north.problems().isEmpty)
    }

    @Test("the view's place coverage is the whole programme's rows for that subtree")
    func sameCounts() throws {
        let whole = CoverageAnalysis(programme: Self.programme).places.rows
        for id in Self.programme.places.map(\.id) {
            let view = CoverageAnalysis(programme: try #require(Self.programme.restricted(to: id))).places.rows
            let expected = whole.filter { row in view.contains { $0.place == row.place } }
            #expect(view.map(\.counts) == expected.map(\.counts), "\(id)")
            #expect(view.map(\.agencies) == expected.map(\.agencies), "\(id)")
        }
    }

    @Test("an innermost place keeps only what works there; an unknown id gives nil")
    func leaf() throws {
        let s1 = try #require(Self.programme.restricted(to: "s1"))
        #expect(s1.interventions.map(\.id) == ["everywhere", "national", "n1-and-s1", "south-only"])
        #expect(s1.interventions.allSatisfy { $0.places.isEmpty })
        #expect(Self.programme.restricted(to: "west") == nil)
        #expect(Programme(id: "p", title: "T").restricted(to: "x") == nil)
    }

    @Test("a place cycle (an invalid model) neither traps nor loops")
    func cycle() throws {
        let p = Programme(id: "p", title: "T", places: [Place(id: "a", name: "A", parent: "b"), Place(id: "b", name: "B", parent: "a")],
                          interventions: [Intervention(id: "i", title: "I", levels: ["child"], places: ["b"])])
        let a = try #require(p.restricted(to: "a"))
        #expect(Set(a.places.map(\.id)) == ["a", "b"])
        #expect(a.interventions.count == 1)
    }

    @Test("the nearest id is suggested only when it is close")
    func nearest() {
        #expect(Self.programme.placeNearest(to: "nort") == "north")
        #expect(Self.programme.placeNearest(to: "SOUTH") == "south")
        #expect(Self.programme.placeNearest(to: "s11") == "s1")
        #expect(Self.programme.placeNearest(to: "elsewhere") == nil)
    }
}
