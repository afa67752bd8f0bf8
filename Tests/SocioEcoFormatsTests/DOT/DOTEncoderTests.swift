import SocioEcoAnalysis
import SocioEcoFormats
import SocioEcoModel
import SocioEcoTestSupport
import Testing

@Suite("DOT encoder")
struct DOTEncoderTests {
    static func dot(_ p: Programme, _ view: DOTEncoder.Options.View = .strategies) -> String {
        DOTEncoder(options: .init(view: view)).encode(AnalysedProgramme(p))
    }

    /// A CPMS programme that works at the child and family levels only, with strategy
    /// 15 used and the others not.
    static let partial = Programme(id: "p1", title: "Partial", interventions: [
        Intervention(id: "14", title: "Groups\nfor \"girls\"", levels: ["child", "family"], standards: ["15", "9", "23"]),
        Intervention(id: "b", title: "Parenting", levels: ["family"]),
    ])

    @Test("levels nest as clusters: society around community around family around the child")
    func nesting() {
        let s = DOTStructure(Self.dot(Self.partial))
        let rings = s.clusterPaths.filter { $0.last!.hasPrefix("cluster_lvl:") }
        #expect(rings.map { $0.last! } == ["cluster_lvl:society", "cluster_lvl:community", "cluster_lvl:family", "cluster_lvl:child"])
        #expect(rings.last! == ["cluster_lvl:society", "cluster_lvl:community", "cluster_lvl:family", "cluster_lvl:child"])
    }

    @Test("a custom framework nests its levels by rank, rank 1 innermost")
    func customNesting() throws {
        let p = try ProgrammeReader().read(contentsOf: Paths.model("sahel-custom-framework.xml"))
        let s = DOTStructure(Self.dot(p))
        let innermost = try #require(s.clusterPaths.filter { $0.last!.hasPrefix("cluster_lvl:") }.max { $0.count < $1.count })
        #expect(innermost == p.framework.levelsByRank.reversed().map { "cluster_lvl:" + $0.id.rawValue })
    }

    @Test("each intervention is drawn once, in its innermost level, its other levels in its label")
    func placement() {
        let s = DOTStructure(Self.dot(Self.partial))
        let groups = s.nodes.filter { $0.id == "iv:14" }
        #expect(groups.count == 1)
        #expect(groups.first?.clusters.last == "cluster_lvl:child")
        #expect(DOTStructure.attribute("label", in: groups[0].line) == #"Groups\nfor \"girls\"\n(also at: Family and\ncaregivers)"#)
        #expect(s.node("iv:b")?.clusters.last == "cluster_lvl:family")
    }

    @Test("level clusters are labelled with their name and number of interventions")
    func levelLabels() {
        let s = DOTStructure(Self.dot(Self.partial))
        #expect(DOTStructure.attribute("label", in: s.clusterLines["cluster_lvl:family"]!) == "Family and caregivers · 2 interventions")
        #expect(DOTStructure.attribute("label", in: s.clusterLines["cluster_lvl:child"]!) == "Child · 1 intervention")
    }

    @Test("an uncovered level is dashed and red with a marker; an unused strategy is grey and dashed")
    func holes() {
        let s = DOTStructure(Self.dot(Self.partial))
        for level in ["society", "community"] {
            let line = s.clusterLines["cluster_lvl:" + level]!
            #expect(DOTStructure.attribute("style", in: line)?.contains("dashed") == true)
            #expect(DOTStructure.attribute("color", in: line) == "#C00000")
            #expect(s.node("hole:" + level)?.clusters.last == "cluster_lvl:" + level)
        }
        #expect(s.node("hole:child") == nil && s.node("hole:family") == nil)
        #expect(DOTStructure.attribute("style", in: s.clusterLines["cluster_lvl:child"]!)?.contains("dashed") == false)
        let unused = s.node("std:16")!.line
        #expect(DOTStructure.attribute("style", in: unused)?.contains("dashed") == true)
        #expect(DOTStructure.attribute("color", in: unused) == "#9A9A9A")
        #expect(DOTStructure.attribute("style", in: s.node("std:15")!.line) == nil)
    }

    @Test("strategy edges take one Okabe-Ito colour per strategy")
    func colours() throws {
        let p = try ProgrammeReader().read(contentsOf: Paths.model("cox-bazar-camp-response.xml"))
        let s = DOTStructure(Self.dot(p))
        var colourOf: [String: Set<String>] = [:]
        for edge in s.edges { colourOf[edge.to, default: []].insert(DOTStructure.attribute("color", in: edge.line)!) }
        #expect(colourOf.values.allSatisfy { $0.count == 1 })
        let colours = colourOf.values.map { $0.first! }
        #expect(Set(colours).count == colours.count)
        let okabeIto: Set = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
        #expect(Set(colours).isSubset(of: okabeIto))
        #expect(s.nodes.contains { $0.id.hasPrefix("legend:") && $0.clusters == ["cluster_legend"] })
    }

    @Test("views: strategies shows Pillar 3, full adds Pillars 2 and 4, summary has no interventions")
    func views() {
        let strategies = DOTStructure(Self.dot(Self.partial, .strategies))
        #expect(strategies.node("std:15") != nil && strategies.node("std:9") == nil && strategies.node("std:23") == nil)
        #expect(strategies.edges.map { "\($0.from)>\($0.to)" } == ["iv:14>std:15"])
        let full = DOTStructure(Self.dot(Self.partial, .full))
        #expect(full.node("std:9") != nil && full.node("std:23") != nil && full.node("std:1") == nil)
        #expect(full.edges.map { "\($0.from)>\($0.to)" } == ["iv:14>std:15", "iv:14>std:9", "iv:14>std:23"])
        let summary = DOTStructure(Self.dot(Self.partial, .summary))
        #expect(!summary.nodes.contains { $0.id.hasPrefix("iv:") })
        #expect(summary.node("lvl:child")?.clusters.last == "cluster_lvl:child")
        #expect(summary.edges.map { "\($0.from)>\($0.to)" } == ["lvl:child>std:15", "lvl:family>std:15"])
        #expect(summary.edges.allSatisfy { DOTStructure.attribute("label", in: $0.line) == "1" })
    }

    @Test("the summary does not grow with the number of interventions; it is chosen above 300")
    func summarySize() {
        var small = ProgrammeGenerator(seed: 7, maximumInterventions: 5)
        var large = ProgrammeGenerator(seed: 7, maximumInterventions: 5)
        var a = small.programme(), b = large.programme()
        a.framework = .cpms2019
        b.framework = .cpms2019
        a.interventions = (0..<10).map { Intervention(id: .init("a\($0)"), title: "x", levels: ["child"], standards: ["15"]) }
        b.interventions = (0..<3000).map { i in
            Intervention(id: .init("b\(i)"), title: String(repeating: "long title ", count: 20),
                         levels: [["child", "family", "community", "society"][i % 4]], standards: [Standard.ID(String(14 + i % 7))])
        }
        let bound = Self.dot(a, .summary).utf8.count + 4 * 7 * 200
        #expect(Self.dot(b, .summary).utf8.count < bound)
        #expect(DOTEncoder.Options.automatic(for: b).view == .summary)
        b.interventions = Array(b.interventions.prefix(301))
        #expect(DOTEncoder.Options.automatic(for: b).view == .summary)
        b.interventions = Array(b.interventions.prefix(300))
        #expect(DOTEncoder.Options.automatic(for: b).view == .strategies)
    }

    @Test("ids are quoted and prefixed by kind, so an intervention and a standard may share one")
    func ids() {
        let dot = Self.dot(Self.partial)
        #expect(dot.contains("\"iv:14\" ["))
        #expect(dot.contains("\"std:14\" ["))
        for line in dot.split(separator: "\n") {
            let t = line.drop { $0 == " " }
            #expect(t.hasPrefix("\"") || t.hasPrefix("subgraph \"") || t.hasPrefix("digraph \"") || t.hasPrefix("graph [")
                || t.hasPrefix("node [") || t.hasPrefix("edge [") || t == "}" || t.hasPrefix("// "), "\(t)")
        }
    }
}
