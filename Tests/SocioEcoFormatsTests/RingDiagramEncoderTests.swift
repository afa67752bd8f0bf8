import Foundation
import SocioEcoAnalysis
import SocioEcoFormats
import SocioEcoModel
import SocioEcoTestSupport
import Testing

@Suite struct RingDiagramEncoderTests {
    static func programme(interventions: Int, levels: [Level.ID] = ["child", "family", "community"]) -> Programme {
        let strategies: [Standard.ID] = ["14", "15", "16", "17", "18", "19", "20"]
        let items = (0..<interventions).map { i in
            Intervention(id: Intervention.ID("iv-\(i)"), title: "Intervention \(i)",
                         levels: [levels[i % levels.count]],
                         standards: i % 5 == 0 ? [] : [strategies[i % 7], strategies[(i / 7) % 7]])
        }
        return Programme(id: "p", title: "<script>alert(1)</script> & \"more\"", interventions: items)
    }

    @Test func hasTextAlternativeAndEscapesTheTitle() {
        let svg = RingDiagramEncoder().encode(AnalysedProgramme(Self.programme(interventions: 3)))
        #expect(svg.contains(#"role="img" aria-labelledby="rings-title rings-desc""#))
        #expect(svg.contains("<title id=\"rings-title\">Socio-ecological diagram: &lt;script&gt;alert(1)&lt;/script&gt; &amp; \"more\"</title>"))
        #expect(svg.contains("<desc id=\"rings-desc\">3 interventions across 4 levels"))
        #expect(!svg.contains("<script"))
    }

    @Test func uncoveredLevelIsHatchedAndSaysSo() {
        let svg = RingDiagramEncoder().encode(AnalysedProgramme(Self.programme(interventions: 3)))
        #expect(svg.contains("fill=\"url(#rings-hatch)\""))
        #expect(svg.components(separatedBy: ">no intervention</text>").count == 2)
        #expect(svg.contains("Society and socio-cultural norms: no intervention."))
    }

    /// Every intervention at a level is either drawn there or counted in "+N more".
    @Test(arguments: [3, 40, 300])
    func everyMarkIsDrawnOrCounted(count: Int) throws {
        let programme = Self.programme(interventions: count)
        let svg = RingDiagramEncoder().encode(AnalysedProgramme(programme))
        let rings = svg.components(separatedBy: "<g class=\"ring\"").dropFirst()
        var total = 0
        for ring in rings {
            let drawn = ring.components(separatedBy: "<g class=\"mark\">").count - 1
            var more = 0
            if let range = ring.range(of: #"\+([0-9]+) more"#, options: .regularExpression) {
                more = Int(ring[range].dropFirst().dropLast(5)) ?? -1
            }
            total += drawn + more
        }
        #expect(total == count)
        if count == 300 { #expect(svg.contains(" more</text>")) }
    }

    @Test func isDeterministic() {
        var generator = ProgrammeGenerator(seed: 7, maximumInterventions: 80)
        let programme = generator.programme()
        #expect(RingDiagramEncoder().encode(AnalysedProgramme(programme)) == RingDiagramEncoder().encode(AnalysedProgramme(programme)))
    }

    @Test func coloursFollowOkabeIto() {
        let palette = StrategyPalette(framework: .cpms2019)
        #expect(palette.colour(of: "14") == "#E69F00")
        #expect(palette.colour(of: "20") == "#F0E442")
        #expect(palette.colour(of: "9") == nil)
    }
}
