import SocioEcoAnalysis
import SocioEcoFormats
import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// Every DOT document we write goes through the real GraphViz: exit 0 and nothing on
/// standard error, since GraphViz exits 0 after warnings (a split id, a bad escape).
@Suite("DOT through the real GraphViz", .serialized)
struct DOTRenderTests {
    static func dot(_ p: Programme, _ view: DOTEncoder.Options.View) -> String {
        DOTEncoder(options: .init(view: view)).encode(AnalysedProgramme(p))
    }

    static func generated(_ seeds: ClosedRange<UInt64>) -> [Programme] {
        seeds.map { seed in
            var g = ProgrammeGenerator(seed: seed)
            return g.programme()
        }
    }

    /// The SVG documents of a `dot -Tsvg` run over several files, split apart.
    static func split(_ svgs: String) -> [String] {
        svgs.components(separatedBy: "<?xml").dropFirst().map { "<?xml" + $0 }
    }

    /// In a detailed view every intervention is one node of the picture, and so is
    /// every drawn standard: no id split into two tokens, no node lost.
    static func expectEveryInterventionOnce(_ p: Programme, svg: String) {
        let titles = GraphViz.nodeTitles(inSVG: svg)
        var counts: [String: Int] = [:]
        for t in titles { counts[t, default: 0] += 1 }
        #expect(counts.values.allSatisfy { $0 == 1 })
        for iv in p.interventions { #expect(counts["iv:" + iv.id.rawValue] == 1) }
    }

    @Test("the models render in every view with dot -Tsvg, cleanly")
    func models() throws {
        for path in Paths.allModels {
            let p = try ProgrammeReader().read(contentsOf: path)
            let documents = DOTEncoder.Options.View.allCases.map { Self.dot(p, $0) }
            let outcome = try GraphViz.run("dot", ["-Tsvg"], documents: documents)
            #expect(outcome.isClean, "\(path): \(outcome.stderr)")
            let svgs = Self.split(outcome.stdout)
            try #require(svgs.count == DOTEncoder.Options.View.allCases.count)
            Self.expectEveryInterventionOnce(p, svg: svgs[0])
            Self.expectEveryInterventionOnce(p, svg: svgs[1])
        }
    }

    @Test("120 generated models with hostile text pass GraphViz's parser in every view")
    func generatedSyntax() throws {
        let programmes = Self.generated(1...120)
        for view in DOTEncoder.Options.View.allCases {
            let outcome = try GraphViz.run("nop", [], documents: programmes.map { Self.dot($0, view) })
            #expect(outcome.isClean, "\(view): \(outcome.stderr)")
        }
    }

    @Test("20 generated models with hostile text render with dot -Tsvg in every view")
    func generatedRender() throws {
        let programmes = Self.generated(1001...1020)
        for view in DOTEncoder.Options.View.allCases {
            let outcome = try GraphViz.run("dot", ["-Tsvg"], documents: programmes.map { Self.dot($0, view) })
            #expect(outcome.isClean, "\(view): \(outcome.stderr)")
            let svgs = Self.split(outcome.stdout)
            try #require(svgs.count == programmes.count)
            // The summary draws no intervention; the places view draws one per place it works in.
            if view == .full || view == .strategies {
                for (p, svg) in zip(programmes, svgs) { Self.expectEveryInterventionOnce(p, svg: svg) }
            }
        }
    }

    @Test("a title longer than GraphViz's 16,384-byte string limit is cut, and renders")
    func longTitles() throws {
        let huge = String(repeating: "\u{030B}\\\"&<>node 👧🏽 مرحبا ", count: 2_000) + "\\"
        let level = Level(id: "1lvl", rank: 1, label: huge)
        let framework = Framework(kind: .custom, levels: [level, Level(id: "graph", rank: 2)],
                                  standards: [Standard(id: "node", pillar: 3, isStrategy: true, title: huge)])
        let p = Programme(id: "1p", framework: framework, title: huge, interventions: [
            Intervention(id: "subgraph", title: huge, levels: ["1lvl", "graph"], standards: ["node"]),
        ])
        for view in DOTEncoder.Options.View.allCases {
            let document = Self.dot(p, view)
            #expect(document.split(separator: "\n").allSatisfy { $0.utf8.count < 40_000 })
            let outcome = try GraphViz.svg(document)
            #expect(outcome.isClean, "\(view): \(outcome.stderr)")
        }
    }
}
