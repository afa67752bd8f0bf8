import Foundation
import SocioEcoAnalysis
import SocioEcoFormats
import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// The exchange example's places through the real binary: the joint model as the
/// coordination view per place and level, and a diff showing places and coverage
/// movement per place in every form.
@Suite struct ExchangePlacesCommandTests {
    let r1 = Paths.model("exchange/unicef-2024-r1.xml")
    let r2 = Paths.model("exchange/unicef-2024-r2.xml")
    let save = Paths.model("exchange/save-2024.xml")
    let local = Paths.model("exchange/local-ngo-2024.xml")

    func read(_ path: String) throws -> Programme { try ProgrammeReader().read(contentsOf: path) }

    /// Place and level pairs with at least one intervention working there.
    func covered(_ p: Programme) -> Set<[String]> {
        let places = CoverageAnalysis(programme: p).places
        var cells: Set<[String]> = []
        for row in places.rows {
            for (level, count) in zip(places.levels, row.counts) where count > 0 { cells.insert([row.place.rawValue, level.rawValue]) }
        }
        return cells
    }

    @Test func jointModelCoversAPlaceAndLevelNoSingleFileCovers() throws {
        let dir = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let joint = dir.appendingPathComponent("joint.xml").path
        let merged = try socioeco("merge", r2, save, local, "-o", joint)
        #expect(merged.status == 0 && merged.stdout.contains(", 5 agencies, 6 places, "), "\(merged.stdout)")
        let j = try read(joint)
        let parts = try [r2, save, local].map(read)
        for p in parts { #expect(!p.places.isEmpty, "\(p.id) declares its places") }
        // Places of the same id and name in several files are one place.
        #expect(j.places.map(\.id) == ["sindh", "dadu", "johi", "jacobabad", "khairpur", "mehar"])
        let alone = parts.map(covered).reduce(into: Set<[String]>()) { $0.formUnion($1) }
        let onlyJoint = covered(j).subtracting(alone)
        // SPARC's district-wide work in Dadu reaches Mehar, which only Save's file declares.
        #expect(onlyJoint.contains(["mehar", "community"]), "\(onlyJoint.sorted { $0.joined() < $1.joined() })")

        let rows = CoverageAnalysis(programme: j).places.rows
        let mehar = try #require(rows.first { $0.place == "mehar" })
        #expect(mehar.agencies.map(\.rawValue) == ["unicef", "save", "sparc", "swd", "sparc-sindh-2024.sparc"])

        // The text report's place table names the agencies working in each place.
        let text = try socioeco("analyze", joint)
        let lines = text.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let at = try #require(lines.firstIndex { $0.hasPrefix("  Mehar taluka ") })
        #expect(lines[at + 1].contains("unicef save sparc swd"), "\(lines[at + 1])")
        #expect(text.stdout.contains("society in khairpur"))
    }

    @Test func diffShowsPlacesAndCoverageMovementPerPlace() throws {
        let text = try socioeco("diff", r1, r2)
        #expect(text.status == 1)
        #expect(text.stdout.contains("Places: 1 added, 0 removed, 1 changed\n  + johi  Johi taluka\n  ~ khairpur\n      name: \"Khairpur\" -> \"Khairpur district\"\n"))
        #expect(text.stdout.contains("Coverage per place (interventions before -> after)\n  Dadu district, family: 2 -> 0, now uncovered\n"))
        #expect(text.stdout.contains("  Johi taluka, child: (none) -> 2, now covered\n"))
        #expect(text.stdout.contains("  Khairpur district, child: 1 -> 2\n"))

        let xml = try socioeco("diff", "--format", "xml", r1, r2)
        #expect(xml.status == 1)
        let schema = Paths.packageRoot.appendingPathComponent("Schemas/programme-diff.xsd").path
        let lint = try run(try #require(Paths.tool("xmllint")), ["--noout", "--schema", schema, "-"], input: Data(xml.stdout.utf8))
        #expect(lint.status == 0, "\(lint.stderr)")
        #expect(xml.stdout.contains("<places>\n    <added id=\"johi\" name=\"Johi taluka\"/>\n    <changed id=\"khairpur\">\n      <field field=\"name\" old=\"Khairpur\" new=\"Khairpur district\"/>"))
        #expect(xml.stdout.contains("<place-level place=\"dadu\" name=\"Dadu district\" level=\"family\" before=\"2\" after=\"0\" change=\"now-uncovered\"/>"))
        #expect(xml.stdout.contains("<place-level place=\"johi\" name=\"Johi taluka\" level=\"child\" after=\"2\" change=\"now-covered\"/>"))

        let json = try socioeco("diff", "--format", "json", r1, r2)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let places = try #require(object["places"] as? [String: Any])
        #expect((places["added"] as? [[String: Any]])?.first?["id"] as? String == "johi")
        let moved = try #require(object["place-levels"] as? [[String: Any]])
        #expect(moved.count == 7)
        #expect(moved.first?["place"] as? String == "dadu" && moved.first?["level"] as? String == "family")
        #expect(moved.first?["before"] as? Int == 2 && moved.first?["after"] as? Int == 0 && moved.first?["change"] as? String == "now-uncovered")

        // Files without places keep their diff free of place sections in text.
        let plain = try socioeco("diff", Paths.model("earthquake-response.xml"), Paths.model("cholera-epidemic-response.xml"))
        #expect(plain.status == 1 && !plain.stdout.contains("Places:") && !plain.stdout.contains("Coverage per place"))
    }
}
