import Foundation
import SocioEcoTestSupport
import Testing

/// `socioeco suggest` through the real binary.
@Suite struct SuggestCommandTests {
    let earthquake = Paths.model("earthquake-response.xml")
    let cox = Paths.model("cox-bazar-camp-response.xml")

    @Test func textListsTheSocietyHoleFirst() throws {
        let r = try socioeco("suggest", earthquake)
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("  society level (uncovered-level)"))
        #expect(lines.contains("    1. Strengthening the national child protection system [standard 14, society]"))
        #expect(r.stdout.contains("socioeco's reading of the CPMS 2019, not CPMS text"))
        #expect(try socioeco("suggest", earthquake).stdout == r.stdout)
    }

    @Test func xmlIsValidAndJSONParses() throws {
        let xml = try socioeco("suggest", "--format", "xml", cox)
        #expect(xml.status == 0 && xml.stdout.contains("<suggestions xmlns=\"urn:socioeco:coverage-report:1\""))
        if let xmllint = Paths.tool("xmllint") {
            let file = Paths.temporaryDirectory().appendingPathComponent("suggestions.xml")
            try Data(xml.stdout.utf8).write(to: file)
            let check = try run(xmllint, ["--noout", "--schema", Paths.packageRoot.appendingPathComponent("Schemas/coverage-report.xsd").path, file.path])
            #expect(check.status == 0, "\(check.stderr)")
        }
        let json = try socioeco("suggest", "--format", "json", cox)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((object?["hole"] as? [Any])?.count == 5)
    }

    @Test func placeKeepsThatPlacesHolesAndAnUnknownPlaceIsAUsageError() throws {
        let camp = try socioeco("suggest", "--place", "camp-27", cox)
        #expect(camp.status == 0 && camp.stdout.contains("family level in camp-27"))
        let other = try socioeco("suggest", "--place", "camp-4", cox)
        #expect(other.status == 0 && !other.stdout.contains("camp-27"))
        let unknown = try socioeco("suggest", "--place", "camp-99", cox)
        #expect(unknown.status == 64 && unknown.stderr.contains("place 'camp-99' is not declared"))
        #expect(try socioeco("suggest", "--draft", "--format", "json", cox).status == 64)
    }

    @Test func theDraftIsValidAndDiffShowsExactlyTheAdditions() throws {
        let dir = Paths.temporaryDirectory()
        let draft = dir.appendingPathComponent("draft.xml").path
        #expect(try socioeco("suggest", cox, "--draft", "-o", draft).status == 0)
        #expect(try socioeco("validate", draft).status == 0)
        let text = try String(contentsOfFile: draft, encoding: .utf8)
        #expect(text.contains("xmlns:draft=\"urn:socioeco:draft:1\""))
        #expect(text.components(separatedBy: "status=\"planned\" draft:hole=").count == 6)
        #expect(try socioeco("fmt", "--check", draft).status == 0)
        let diff = try socioeco("diff", cox, draft, "--format", "json")
        #expect(diff.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(diff.stdout.utf8)) as? [String: Any])
        let interventions = try #require(object["interventions"] as? [String: Any])
        let added = (interventions["added"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        #expect(added == ["draft-1", "draft-2", "draft-3", "draft-4", "draft-5"])
        #expect((interventions["removed"] as? [Any])?.isEmpty == true)
        #expect((interventions["changed"] as? [Any])?.isEmpty == true)
        let after = try socioeco("analyze", draft)
        #expect(!after.stdout.contains("place-level-uncovered") && !after.stdout.contains("level-gap-in-time"))
    }
}
