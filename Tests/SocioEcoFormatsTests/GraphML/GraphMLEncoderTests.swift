import Foundation
import SocioEcoAnalysis
import SocioEcoFormats
import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// No GraphML XSD is reachable offline here: documents are checked for well-formedness
/// with the real xmllint, and for structure with XPath queries through it.
@Suite("GraphML encoder", .serialized)
struct GraphMLEncoderTests {
    /// Writes the document and runs xmllint on it with `arguments` before the file.
    static func xmllint(_ document: String, _ arguments: [String] = ["--noout"]) throws -> RunResult {
        let tool = try #require(Paths.tool("xmllint"), "xmllint is not installed (scripts/install-peers.sh)")
        let dir = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("g.graphml").path
        try Data(document.utf8).write(to: URL(fileURLWithPath: file))
        return try run(tool, arguments + [file])
    }

    static func xpath(_ document: String, _ expression: String) throws -> String {
        // xmllint ends the value with one newline of its own.
        let out = try xmllint(document, ["--xpath", expression]).stdout
        return out.hasSuffix("\n") ? String(out.unicodeScalars.dropLast()) : out
    }

    @Test("the models and 60 hostile generated ones are well-formed GraphML")
    func wellFormed() throws {
        var programmes = try Paths.allModels.map { try ProgrammeReader().read(contentsOf: $0) }
        for seed in UInt64(1)...60 {
            var g = ProgrammeGenerator(seed: seed)
            programmes.append(g.programme())
        }
        for p in programmes {
            let result = try Self.xmllint(GraphMLEncoder().encode(AnalysedProgramme(p)))
            #expect(result.status == 0 && result.stderr.isEmpty, "\(p.id): \(result.stderr)")
        }
    }

    @Test("nodes and edges carry their kind; titles come back exactly")
    func structure() throws {
        var g = ProgrammeGenerator(seed: 42)
        var p = g.programme()
        while p.interventions.isEmpty || p.agencies.isEmpty { p = g.programme() }
        let doc = GraphMLEncoder().encode(AnalysedProgramme(p))
        let n = "*[local-name()='node']"
        #expect(try Self.xpath(doc, "namespace-uri(/*)") == "http://graphml.graphdrawing.org/xmlns")
        let nodes = p.framework.levels.count + p.framework.standards.count + p.agencies.count + p.interventions.count
        #expect(try Self.xpath(doc, "count(//\(n))") == String(nodes))
        let edges = p.interventions.reduce(0) { $0 + $1.levels.count + $1.standards.count + ($1.lead == nil ? 0 : 1) + $1.partners.count + $1.dependsOn.count }
        #expect(try Self.xpath(doc, "count(//*[local-name()='edge'])") == String(edges))
        let keyTypes = try Self.xpath(doc, "count(//*[local-name()='key'][@attr.type='string' or @attr.type='int' or @attr.type='boolean'])")
        #expect(keyTypes == String(try Self.xpath(doc, "count(//*[local-name()='key'])")))
        for iv in p.interventions.prefix(5) {
            let node = "//\(n)[@id='iv:\(iv.id.rawValue)']"
            #expect(try Self.xpath(doc, "string(\(node)/*[@key='kind'])") == "intervention")
            #expect(try Self.xpath(doc, "string(\(node)/*[@key='title'])") == iv.title)
            #expect(try Self.xpath(doc, "string(\(node)/*[@key='level'])") == iv.levels.map(\.rawValue).joined(separator: " "))
        }
        let kinds = try Self.xpath(doc, "count(//*[local-name()='edge'][*[@key='edge-kind']='works-at'])")
        #expect(kinds == String(p.interventions.reduce(0) { $0 + $1.levels.count }))
    }

    @Test("every edge kind appears on the model that has them all")
    func edgeKinds() throws {
        let p = try ProgrammeReader().read(contentsOf: Paths.model("cox-bazar-camp-response.xml"))
        let doc = GraphMLEncoder().encode(AnalysedProgramme(p))
        for kind in ["works-at", "implements", "depends-on", "led-by", "partner", "works-in", "inside"] {
            let count = try Self.xpath(doc, "count(//*[local-name()='data'][@key='edge-kind'][.='\(kind)'])")
            #expect(Int(count) ?? 0 > 0, "\(kind)")
        }
    }

    @Test("places are nodes with name, pcode and admin level, inside their parent, and interventions work in them")
    func places() throws {
        let p = try ProgrammeReader().read(contentsOf: Paths.model("cox-bazar-camp-response.xml"))
        let doc = GraphMLEncoder().encode(AnalysedProgramme(p))
        let n = "*[local-name()='node']"
        #expect(try Self.xpath(doc, "count(//\(n)[*[@key='kind']='place'])") == String(p.places.count))
        #expect(try Self.xpath(doc, "string(//\(n)[@id='pl:teknaf']/*[@key='title'])") == "Teknaf upazila")
        #expect(try Self.xpath(doc, "string(//\(n)[@id='pl:teknaf']/*[@key='pcode'])") == "BD202290")
        #expect(try Self.xpath(doc, "string(//\(n)[@id='pl:teknaf']/*[@key='admin-level'])") == "3")
        #expect(try Self.xpath(doc, "count(//\(n)[@id='pl:camp-4']/*[@key='pcode'])") == "0")
        let edge = "*[local-name()='edge']"
        #expect(try Self.xpath(doc, "count(//\(edge)[*[@key='edge-kind']='inside'])") == String(p.places.count { $0.parent != nil }))
        #expect(try Self.xpath(doc, "string(//\(edge)[@source='pl:camp-27'][*[@key='edge-kind']='inside']/@target)") == "pl:teknaf")
        #expect(try Self.xpath(doc, "count(//\(edge)[*[@key='edge-kind']='works-in'])") == String(p.interventions.reduce(0) { $0 + $1.places.count }))
        // Every edge ends at a node.
        #expect(try Self.xpath(doc, "count(//\(edge)[not(@target = //\(n)/@id) or not(@source = //\(n)/@id)])") == "0")
        let dated = try #require(p.interventions.first { $0.start != nil })
        #expect(try Self.xpath(doc, "string(//\(n)[@id='iv:\(dated.id.rawValue)']/*[@key='start'])") == dated.start?.description)
    }

    @Test("each data element's key is declared for its element kind")
    func keysDeclared() throws {
        let p = try ProgrammeReader().read(contentsOf: Paths.model("cox-bazar-camp-response.xml"))
        let doc = GraphMLEncoder().encode(AnalysedProgramme(p))
        for kind in ["graph", "node", "edge"] {
            let undeclared = "count(//*[local-name()='\(kind)']/*[local-name()='data'][not(@key = //*[local-name()='key'][@for='\(kind)']/@id)])"
            #expect(try Self.xpath(doc, undeclared) == "0", "\(kind)")
        }
    }
}
