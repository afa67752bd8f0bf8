import Foundation
import SocioEcoTestSupport
import Testing

/// `export svg|html --place ID` and `export dot --view places` through the real binary.
@Suite("socioeco export: places", .serialized)
struct PlaceOptionCommandTests {
    let cox = Paths.model("cox-bazar-camp-response.xml")

    @Test("export svg --place draws the rings of that place, the title naming it")
    func svg() throws {
        let r = try socioeco("export", "svg", "--place", "camp-27", cox)
        #expect(r.status == 0 && r.stderr.isEmpty)
        #expect(r.stdout.contains(", in Camp 27 (Jadimura)</title>"))
        // Camp 27 has no family-level work: its family ring is the hatched one.
        #expect(r.stdout.contains("Family and caregivers: no intervention."))
        let whole = try socioeco("export", "svg", cox)
        #expect(!whole.stdout.contains("Family and caregivers: no intervention."))
        let teknaf = try socioeco("export", "svg", "--place", "teknaf", "--on", "2025-05-01", cox)
        #expect(teknaf.status == 0 && teknaf.stdout.contains(", in Teknaf upazila (BD202290)</title>"))
    }

    @Test("export html --place reports that place, its places inside it only")
    func html() throws {
        let r = try socioeco("export", "html", "--place", "ukhiya", cox)
        #expect(r.status == 0 && r.stderr.isEmpty)
        #expect(r.stdout.contains("<strong>In <span dir=\"auto\">Ukhiya upazila</span> only</strong>"))
        #expect(r.stdout.contains("<span dir=\"auto\">Camp 4</span>"))
        #expect(!r.stdout.contains("<span dir=\"auto\">Camp 27 (Jadimura)</span>"))
    }

    @Test("an unknown place is exit 64, naming the valid ids and the near miss")
    func unknown() throws {
        for sub in ["svg", "html"] {
            let r = try socioeco("export", sub, "--place", "camp27", cox)
            #expect(r.status == 64 && r.stdout.isEmpty, "\(sub)")
            #expect(r.stderr.contains("has no place 'camp27'; did you mean 'camp-27'?"), "\(r.stderr)")
            #expect(r.stderr.contains("the places it declares: cxb, ukhiya, teknaf, camp-1e, camp-1w, camp-4, camp-24, camp-26, camp-27"))
        }
        let far = try socioeco("export", "svg", "--place", "dhaka", cox)
        #expect(far.status == 64 && !far.stderr.contains("did you mean"))
        let none = try socioeco("export", "html", "--place", "x", Paths.model("earthquake-response.xml"))
        #expect(none.status == 64 && none.stderr.contains("it declares no places"))
        let written = Paths.temporaryDirectory().appendingPathComponent("never.svg").path
        #expect(try socioeco("export", "svg", "--place", "nowhere", cox, "-o", written).status == 64)
        #expect(!FileManager.default.fileExists(atPath: written))
    }

    @Test("export dot --view places renders, one cluster per camp")
    func dot() throws {
        let r = try socioeco("export", "dot", "--view", "places", cox)
        #expect(r.status == 0 && r.stderr.isEmpty)
        #expect(r.stdout.hasPrefix("// socioeco export dot, view places"))
        #expect(r.stdout.contains("cluster_place:camp-27"))
    }
}
