import SocioEcoAnalysis
import SocioEcoModel

/// Writes a programme as one self-contained HTML report for people who plan and
/// coordinate: context, the ring diagram, the level × strategy matrix with its holes,
/// the findings by severity, the interventions and the agencies.
///
/// The file needs nothing else (styles and the SVG are inline; no scripts, fonts or
/// network), prints on A4, and is also well-formed XML. Every piece of free text goes
/// through `HTMLEscaping.escape` and carries `dir="auto"`, so Arabic or Bengali titles
/// read in their own direction.
public struct HTMLReportEncoder: OutputEncoder {
    /// Choices that change the report's presentation, not its data.
    public struct Options: Hashable, Sendable {
        /// Whether the ring diagram is part of the report.
        public enum Diagram: Hashable, Sendable {
            case rings
            case none
        }

        public var diagram: Diagram
        /// The place the report is restricted to (`export html --place`), named in its
        /// title; nil for the whole programme.
        public var place: Place?

        public init(diagram: Diagram = .rings, place: Place? = nil) {
            self.diagram = diagram
            self.place = place
        }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// The whole HTML document, ending with a newline; every count comes from the
    /// analysis in `input`.
    public func encode(_ input: AnalysedProgramme) -> String {
        let programme = input.programme
        let analysis = input.analysis
        let palette = StrategyPalette(framework: programme.framework)
        var out = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">\n<head>\n"
        out += "<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        out += "<title>\(e(oneLine(programme.title)))\(placeSuffix) – programme coverage report</title>\n"
        out += "<style>\n\(ReportStylesheet.css)\n\(ReportStylesheet.placesCSS)\n</style>\n</head>\n<body>\n"
        out += header(programme)
        // One main landmark around the report's body, so a screen reader can jump past the
        // header to it and every section sits inside a landmark.
        out += "<main>\n"
        out += placeView()
        out += glance(programme, analysis: analysis)
        if options.diagram == .rings { out += diagram(input, palette: palette) }
        out += matrix(programme, analysis: analysis, palette: palette)
        out += findings(analysis)
        // What answers the findings comes next, then where and when, then the lists;
        // sections a programme has nothing for are left out and the rest numbered on.
        var number = 4
        let suggestionsSection = suggestions(input, number: number)
        if !suggestionsSection.isEmpty { out += suggestionsSection; number += 1 }
        let placesSection = places(programme, analysis: analysis, number: number)
        if !placesSection.isEmpty { out += placesSection; number += 1 }
        let timelineSection = timeline(programme, analysis: analysis, palette: palette, number: number)
        if !timelineSection.isEmpty { out += timelineSection; number += 1 }
        out += interventions(programme, palette: palette, number: number)
        out += agencies(programme, number: number + 1)
        out += "</main>\n"
        out += "<footer>Programme <span class=\"id\">\(e(programme.id.rawValue))</span>"
        if let r = programme.revision { out += ", revision \(r)" }
        out += ". Written by socioeco from the programme file; the same file always gives the same report.</footer>\n"
        out += "</body>\n</html>\n"
        return out
    }

    private func header(_ programme: Programme) -> String {
        var out = "<header>\n<p class=\"kicker\">Child protection programme · socio-ecological coverage report</p>\n"
        out += "<h1 dir=\"auto\">\(e(programme.title))</h1>\n<dl class=\"facts\">\n"
        func fact(_ name: String, _ value: String, free: Bool = false) {
            out += "<dt>\(name)</dt><dd\(free ? " dir=\"auto\"" : "")>\(value)</dd>\n"
        }
        fact("Programme", "<span class=\"id\">\(e(programme.id.rawValue))</span>")
        if let r = programme.revision { fact("Revision", String(r)) }
        if let u = programme.updated { fact("Updated", u.description) }
        let fw = programme.framework
        fact("Framework", fw.kind == .cpms2019 ? "CPMS 2019 (Minimum Standards for Child Protection in Humanitarian Action)"
             : "custom: \(e(fw.displayID)), \(plural(fw.levels.count, "level")), \(plural(fw.strategies.count, "strategy standard"))")
        if let c = programme.context {
            if let crisis = c.crisis { fact("Crisis", crisis.rawValue.replacingHyphens) }
            if let location = c.location { fact("Location", e(location), free: true) }
            if c.start != nil || c.end != nil {
                fact("Period", "\(c.start?.description ?? "not given") to \(c.end?.description ?? "not given")")
            }
        }
        out += "</dl>\n"
        if let d = programme.description, !d.isEmpty {
            out += "<p class=\"description\" dir=\"auto\">\(e(d))</p>\n"
        }
        return out + "</header>\n"
    }

    private func glance(_ programme: Programme, analysis: CoverageAnalysis) -> String {
        let covered = analysis.levels.filter(\.isCovered).count
        let uncovered = analysis.levels.filter { !$0.isCovered }
        let counts = Finding.Severity.allCases.map { s in analysis.findings.count { $0.severity == s } }
        let local = programme.agencies.filter(\.isLocal).count
        var out = "<section class=\"glance-section\" aria-label=\"At a glance\">\n<ul class=\"glance\">\n"
        out += "<li><strong>\(programme.interventions.count)</strong>\(programme.interventions.count == 1 ? "intervention" : "interventions")</li>\n"
        out += "<li\(uncovered.isEmpty ? "" : " class=\"alert\"")><strong>\(covered) of \(analysis.levels.count)</strong>levels covered</li>\n"
        out += "<li\(counts[0] > 0 ? " class=\"alert\"" : "")><strong>\(counts[0])</strong>\(counts[0] == 1 ? "error" : "errors"), \(plural(counts[1], "warning")), \(counts[2]) info</li>\n"
        out += "<li><strong>\(programme.agencies.count)</strong>\(programme.agencies.count == 1 ? "agency" : "agencies"), \(local) local or national</li>\n"
        out += "</ul>\n"
        if !uncovered.isEmpty {
            let names = uncovered.map { "<span dir=\"auto\">\(e($0.level.displayName))</span>" }.joined(separator: ", ")
            out += "<p><strong>No intervention at:</strong> \(names).</p>\n"
        }
        return out + "</section>\n"
    }

    private func diagram(_ analysed: AnalysedProgramme, palette: StrategyPalette) -> String {
        let programme = analysed.programme, analysis = analysed.analysis
        let svg = RingDiagramEncoder(options: .init(markLabel: .identifier, heading: .none, legend: .none, idPrefix: "rings", place: options.place))
            .encode(analysed)
        var out = "<section class=\"diagram\">\n<h2>1. The socio-ecological diagram</h2>\n<div class=\"diagram-wrap\">\n<figure>\n"
        out += svg
        out += "<figcaption>One ring per level, the innermost level at the centre. Each intervention is a mark in every ring it works at, labelled with its id and coloured by its strategy standard. A hatched ring marked “no intervention” is a level the programme does not reach. The matrix and the list below say the same in words.</figcaption>\n"
        out += "</figure>\n" + legend(programme, analysis: analysis, palette: palette) + "</div>\n"
        return out + "</section>\n"
    }

    /// The diagram's key as page text, so it prints at reading size beside or below the rings.
    private func legend(_ programme: Programme, analysis: CoverageAnalysis, palette: StrategyPalette) -> String {
        var out = "<div class=\"legend\">\n<h3>Strategy standards</h3>\n<ul>\n"
        for (i, id) in analysis.matrix.strategies.enumerated() {
            let use = i < analysis.strategyUse.count ? analysis.strategyUse[i] : 0
            out += "<li><span class=\"swatch\" style=\"background:\(palette.colour(of: id) ?? StrategyPalette.noStrategy)\"></span>"
            out += "<strong>\(e(id.rawValue))</strong> <span dir=\"auto\">\(e(programme.framework.standard(id)?.title ?? ""))</span>"
            let note = id == analysis.approach.standard ? analysis.approach.status : use == 0 ? "not used" : plural(use, "intervention")
            out += " <span class=\"small\">(\(e(note)))</span></li>\n"
        }
        let unlinked = analysis.interventionsWithoutStrategy
        out += "<li><span class=\"swatch none\"></span>No strategy standard <span class=\"small\">(\(plural(unlinked, "intervention")))</span></li>\n"
        out += "<li><span class=\"swatch split\"></span>Two or more strategies: one wedge each</li>\n</ul>\n"
        out += "<h3>Interventions per level</h3>\n<ul>\n"
        for level in analysis.levels.reversed() {
            out += "<li><span class=\"ring-swatch\(level.isCovered ? "" : " hatched")\"></span><span dir=\"auto\">\(e(level.level.displayName))</span> "
            out += level.isCovered ? "<span class=\"small\">(\(plural(level.interventions.count, "intervention")))</span>" : "<span class=\"gap\">no intervention</span>"
            out += "</li>\n"
        }
        out += "</ul>\n<p class=\"note\">Outermost level first. “+N more” in a ring counts the marks that did not fit.</p>\n"
        return out + "</div>\n"
    }
}

/// HTML-escaped text: the report's one door for free text.
func e(_ text: String) -> String { HTMLEscaping.escape(text) }

/// Text on one line, for the document title.
func oneLine(_ text: String) -> String {
    String(text.map { $0 == "\n" || $0 == "\r\n" || $0 == "\r" || $0 == "\t" ? " " : $0 })
}

extension String {
    var replacingHyphens: String { String(map { $0 == "-" ? " " : $0 }) }
}
