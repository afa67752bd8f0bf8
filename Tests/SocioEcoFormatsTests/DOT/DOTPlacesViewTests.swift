import SocioEcoAnalysis
import SocioEcoFormats
import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// `export dot --view places`: clusters per innermost place, or a summary when large.
@Suite("DOT places view", .serialized)
struct DOTPlacesViewTests {
    static func dot(_ p: Programme) -> String {
        DOTEncoder(options: .init(view: .places)).encode(AnalysedProgramme(p))
    }

    static func cox() throws -> Programme {
        try ProgrammeReader().read(contentsOf: Paths.model("cox-bazar-camp-response.xml"))
    }

    @Test("Cox's Bazar: a cluster per camp inside its upazila's, Camp 27's family level a marked hole; dot renders it cleanly")
    func cox() throws {
        let p = try Self.cox()
        let document = Self.dot(p)
        for camp in ["camp-1e", "camp-1w", "camp-4", "camp-24", "camp-26", "camp-27"] {
            #expect(document.contains("subgraph \"cluster_place:\(camp)\" {"), "\(camp)")
        }
        #expect(document.contains("subgraph \"cluster_place:teknaf\" {"))
        let teknaf = try #require(document.range(of: "subgraph \"cluster_place:teknaf\" {"))
        let camp27 = try #require(document.range(of: "subgraph \"cluster_place:camp-27\" {"))
        #expect(teknaf.lowerBound < camp27.lowerBound)
        #expect(document.contains("\"at:camp-27|hole:family\" [label=\"no intervention\\nat this level\""))
        #expect(document.contains("no intervention at: Family"))
        #expect(!document.contains("\"at:camp-1w|hole:"))
        let outcome = try GraphViz.svg(document)
        #expect(outcome.isClean, "\(outcome.stderr)")
        // Each intervention appears once in each innermost place it works in.
        let titles = GraphViz.nodeTitles(inSVG: outcome.stdout)
        let analysis = CoverageAnalysis(programme: p)
        for row in analysis.places.rows where row.isInnermost {
            let drawn = titles.filter { $0.hasPrefix("at:\(row.place.rawValue)|iv:") }
            #expect(Set(drawn).count == drawn.count)
            #expect(!drawn.isEmpty)
        }
    }

    @Test("a programme without places is drawn as one place holding every intervention once")
    func noPlaces() throws {
        var g = ProgrammeGenerator(seed: 7, maximumInterventions: 20)
        let p = g.programme()
        let document = Self.dot(p)
        #expect(document.contains("cluster_place:everywhere"))
        let outcome = try GraphViz.svg(document)
        #expect(outcome.isClean, "\(outcome.stderr)")
        let titles = GraphViz.nodeTitles(inSVG: outcome.stdout)
        let levels = Set(p.framework.levels.map(\.id))
        for iv in p.interventions {
            let drawn = titles.filter { $0 == "at:everywhere|iv:" + iv.id.rawValue }.count
            #expect(drawn == (iv.levels.contains(where: levels.contains) ? 1 : 0), "\(iv.id)")
        }
    }

    @Test("above 60 innermost places: one node per place with its counts, holes marked")
    func summaryByPlaces() throws {
        let places = [Place(id: "top", name: "Top")] + (1...61).map { Place(id: .init("p\($0)"), name: "Place \($0)", parent: "top") }
        let p = Programme(id: "p", title: "T", places: places, interventions: [
            Intervention(id: "a", title: "A", levels: ["child"]),
            Intervention(id: "b", title: "B", levels: ["family"], places: ["p1"]),
        ])
        let document = Self.dot(p)
        #expect(!document.contains("\"at:"))
        #expect(document.contains("\"place:p1\" [label=\"Place 1\\nSociety and socio-cultural norms: NONE\\nCommunity: NONE\\nFamily and caregivers: 1\\nChild: 1\", tooltip=\"Place 1\"]"))
        #expect(document.contains("\"place:p2\" [label=\"Place 2\\nSociety and socio-cultural norms: NONE\\nCommunity: NONE\\nFamily and caregivers: NONE\\nChild: 1\", tooltip=\"Place 2\", style=\"dashed,rounded,filled\""))
        #expect(document.contains("more than 60 places"))
        let outcome = try GraphViz.svg(document)
        #expect(outcome.isClean, "\(outcome.stderr)")
    }

    @Test("above 400 intervention and place pairs the summary is drawn too, though the places are few")
    func summaryByPairs() {
        let places = (1...3).map { Place(id: .init("p\($0)"), name: "P\($0)") }
        let interventions = (0..<134).map { Intervention(id: .init("i\($0)"), title: "t", levels: ["child"]) }
        #expect(!Self.dot(Programme(id: "p", title: "T", places: places, interventions: Array(interventions.prefix(133)))).contains("\"place:p1\""))
        #expect(Self.dot(Programme(id: "p", title: "T", places: places, interventions: interventions)).contains("\"place:p1\""))
    }

    @Test("without places, above 400 interventions the one place is a summary node")
    func largeWithoutPlaces() {
        let interventions = (0...400).map { Intervention(id: .init("i\($0)"), title: "t", levels: ["child"]) }
        let document = Self.dot(Programme(id: "p", title: "T", interventions: interventions))
        #expect(document.contains("\"place:everywhere\" [label=\"Everywhere the programme"))
        #expect(!document.contains("\"at:"))
        #expect(Self.dot(Programme(id: "p", title: "T", interventions: Array(interventions.prefix(400)))).contains("\"at:everywhere|iv:i399\""))
    }

    @Test("a deep chain of places nests six clusters at most and still renders")
    func deep() throws {
        let places = (0..<40).map { Place(id: .init("d\($0)"), name: "Depth \($0)", parent: $0 == 0 ? nil : .init("d\($0 - 1)")) }
        let p = Programme(id: "p", title: "T", places: places, interventions: [Intervention(id: "a", title: "A", levels: ["child"], places: ["d3"])])
        let document = Self.dot(p)
        let clusters = document.split(separator: "\n").filter { $0.contains("subgraph \"cluster_place:") && !$0.contains("|lvl:") }
        #expect(clusters.count == 7)
        #expect(try GraphViz.svg(document).isClean)
    }
}
