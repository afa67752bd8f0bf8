import Foundation
import SocioEcoAnalysis
import SocioEcoFormats
import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// A reader compares the DOT diagram, the ring diagram and the HTML report of one
/// programme side by side: a strategy standard must have one colour in all of them.
/// The colours are read back from the written outputs, not from the palette.
@Suite struct StrategyColourConsistencyTests {
    static var models: [String] {
        let exchange = Paths.packageRoot.appendingPathComponent("Models/exchange")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: exchange.path)) ?? []
        return Paths.allModels + names.filter { $0.hasSuffix(".xml") }.sorted().map { exchange.appendingPathComponent($0).path }
    }

    /// Colours found for each standard, from every place `pattern` matches; the pattern
    /// captures a colour and a standard id, in the order `colourFirst` says.
    static func colours(in text: String, _ pattern: String, colourFirst: Bool = true) throws -> [String: Set<String>] {
        var found: [String: Set<String>] = [:]
        for match in text.matches(of: try Regex(pattern)) {
            guard let a = match.output[1].substring, let b = match.output[2].substring else { continue }
            let (colour, id) = colourFirst ? (a, b) : (b, a)
            found[String(id), default: []].insert(colour.uppercased())
        }
        return found
    }

    /// Strategy nodes and the edges into them; unused strategies are grey in every view.
    static func dotColours(_ dot: String) throws -> [String: Set<String>] {
        try colours(in: dot, ##""std:([^"]+)" \[label="[^\n]*?, color="(#[0-9A-Fa-f]{6})", fillcolor="#[0-9A-Fa-f]{8}""##, colourFirst: false)
            .merging(colours(in: dot, ##"-> "std:([^"]+)" \[(?:label="[0-9]+", )?color="(#[0-9A-Fa-f]{6})", (?:fontcolor="#[0-9A-Fa-f]{6}", )?style="(?:solid|dashed|dotted|bold)""##, colourFirst: false)) { $0.union($1) }
    }

    /// The legend's entries (a swatch, then the strategy's id and title on the next line)
    /// and the marks of interventions linked to one strategy.
    static func svgColours(_ svg: String) throws -> [String: Set<String>] {
        try colours(in: svg, ##"<circle [^>]*fill="(#[0-9A-Fa-f]{6})" stroke="#222222"[^>]*/>\n<text x="[^"]*" y="[^"]*">([^ <]+) "##)
            .merging(colours(in: svg, ##"\(strategy: ([^ ;()<]+) [^;<]*\)</title><circle [^>]*fill="(#[0-9A-Fa-f]{6})""##, colourFirst: false)) { $0.union($1) }
    }

    /// Swatches beside a strategy's id: the matrix's columns, the key, the interventions' list.
    static func htmlColours(_ html: String) throws -> [String: Set<String>] {
        try colours(in: html, ##"<span class="swatch" style="background:(#[0-9A-Fa-f]{6})"></span>(?:<strong>)?([^<]+?)(?:</strong>|<span)"##)
    }

    @Test(arguments: models)
    func everyStrategyHasOneColourInEveryDrawing(path: String) throws {
        let programme = try ProgrammeReader().read(contentsOf: path)
        let analysed = AnalysedProgramme(programme)
        let used = zip(analysed.analysis.matrix.strategies, analysed.analysis.strategyUse).filter { $0.1 > 0 }.map(\.0.rawValue)
        #expect(!used.isEmpty, "\(path) uses no strategy: nothing to compare")
        var drawings: [(String, [String: Set<String>])] = []
        // The places view draws no strategy standard to compare.
        for view in DOTEncoder.Options.View.allCases where view != .places {
            drawings.append(("DOT \(view)", try Self.dotColours(DOTEncoder(options: .init(view: view)).encode(analysed))))
        }
        drawings.append(("SVG", try Self.svgColours(RingDiagramEncoder().encode(analysed))))
        let html = HTMLReportEncoder().encode(analysed)
        drawings.append(("HTML", try Self.htmlColours(html).merging(Self.svgColours(html)) { $0.union($1) }))

        for id in used {
            var seen: [String: String] = [:]
            for (name, colours) in drawings {
                let here = colours[id] ?? []
                #expect(here.count == 1, "\(path): standard \(id) has colours \(here.sorted()) in \(name)")
                if let colour = here.first { seen[name] = colour }
            }
            #expect(Set(seen.values).count == 1, "\(path): standard \(id) is drawn in \(seen)")
        }
    }
}
