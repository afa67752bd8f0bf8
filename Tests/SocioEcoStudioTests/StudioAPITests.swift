import Foundation
import SocioEcoFormats
import SocioEcoModel
import SocioEcoTestSupport
import Testing

@Suite("Studio API: reading, edits and their refusals")
struct StudioAPITests {
    static var societyIntervention: [String: Any] { [
        "title": "Advocacy for a law on child care homes",
        "levels": ["society"],
        "standards": ["19"],
        "lead": "ccwb",
        "phase": "response",
        "status": "planned",
        "reaches": [["group": "girls"]],
        "indicators": [["id": "law-drafted", "text": "A draft law is before parliament", "target": "1", "unit": "count"]],
    ] }

    @Test func theProgrammeAsJSONWithItsETag() async throws {
        let studio = try await RunningStudio.start()
        let r = try await studio.client.send("GET", "/api/programme")
        #expect(r.status == 200)
        let json = r.json
        #expect(json["etag"] as? String == r.etag)
        #expect(json["dirty"] as? Bool == false)
        let programme = try #require(json["programme"] as? [String: Any])
        let disk = try ProgrammeReader().read(contentsOf: studio.file)
        #expect(programme["id"] as? String == disk.id.rawValue)
        #expect((programme["interventions"] as? [Any])?.count == disk.interventions.count)
        #expect((programme["agencies"] as? [Any])?.count == disk.agencies.count)
        let first = try #require((programme["interventions"] as? [[String: Any]])?.first(where: { $0["id"] as? String == "cfs-01" }))
        #expect(first["dependsOn"] as? [String] == ["cp-assessment"])
        #expect((first["reaches"] as? [[String: String]])?.first?["group"] == "girls")
        let vocabulary = try #require(json["vocabulary"] as? [String: Any])
        #expect((vocabulary["levels"] as? [[String: Any]])?.map { $0["id"] as? String } == ["child", "family", "community", "society"])
        #expect((vocabulary["standards"] as? [Any])?.count == 28)
        #expect((vocabulary["groups"] as? [String])?.contains("girls") == true)
        await studio.stop()
    }

    @Test func analysisAndSuggestionsAreWhatTheCommandLineWrites() async throws {
        let studio = try await RunningStudio.start()
        let analysis = try await studio.client.send("GET", "/api/analysis")
        let body = try #require(JSONSerialization.jsonObject(with: Data(analysis.body)) as? [String: Any])
        let report = try socioeco("analyze", studio.file, "--format", "json")
        let svg = try socioeco("export", "svg", studio.file)
        #expect(NSDictionary(dictionary: body["report"] as? [String: Any] ?? [:])
            == NSDictionary(dictionary: try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any] ?? ["x": 1]))
        // The report is spliced in as the command line writes it, byte for byte.
        #expect(analysis.text.contains(report.stdout.trimmingCharacters(in: .newlines)))
        #expect(body["svg"] as? String == svg.stdout)
        let suggestions = try await studio.client.send("GET", "/api/suggestions")
        let suggest = try socioeco("suggest", studio.file, "--format", "json")
        #expect(suggestions.text.contains(suggest.stdout.trimmingCharacters(in: .newlines)))
        let day = try await studio.client.send("GET", "/api/analysis?on=2015-05-01")
        let dayReport = try socioeco("analyze", studio.file, "--format", "json", "--on", "2015-05-01")
        #expect(day.text.contains(dayReport.stdout.trimmingCharacters(in: .newlines)))
        #expect(try await studio.client.send("GET", "/api/analysis?on=2015-02-30").status == 400)
        #expect(try await studio.client.send("GET", "/api/analysis?place=atlantis").status == 404)
        await studio.stop()
    }

    @Test func anInterventionAtSocietyClosesTheHole() async throws {
        let studio = try await RunningStudio.start()
        let before = try await studio.client.send("GET", "/api/analysis").text
        #expect(before.contains("uncovered-level"))
        let etag = try await studio.etag()
        let r = try await studio.client.json("POST", "/api/interventions", Self.societyIntervention, etag: etag)
        #expect(r.status == 201)
        let json = r.json
        #expect(json["id"] as? String == "advocacy-for-a-law-on-child-care-homes")
        #expect(json["etag"] as? String == r.etag)
        #expect(r.etag != etag)
        let analysis = try #require(json["analysis"] as? [String: Any])
        #expect(analysis["uncoveredLevels"] as? [String] == [])
        #expect(try await !studio.client.send("GET", "/api/analysis").text.contains("uncovered-level"))
        #expect(try await studio.client.send("GET", "/api/programme").json["dirty"] as? Bool == true)
        await studio.stop()
    }

    @Test func replaceAndDeleteByID() async throws {
        let studio = try await RunningStudio.start()
        var intervention = Self.societyIntervention
        intervention["id"] = "law"
        let created = try await studio.client.json("POST", "/api/interventions", intervention, etag: try await studio.etag())
        #expect(created.status == 201)
        intervention["title"] = "Advocacy, renamed"
        let replaced = try await studio.client.json("PUT", "/api/interventions/law", intervention, etag: created.etag)
        #expect(replaced.status == 200)
        let law = try await studio.programme()["interventions"] as? [[String: Any]]
        #expect(law?.first { $0["id"] as? String == "law" }?["title"] as? String == "Advocacy, renamed")
        let deleted = try await studio.client.send("DELETE", "/api/interventions/law", headers: [("If-Match", "\"\(replaced.etag!)\"")])
        #expect(deleted.status == 200)
        #expect(try await !studio.interventionIDs().contains("law"))
        #expect(try await studio.client.send("DELETE", "/api/interventions/law", headers: [("If-Match", "\"\(deleted.etag!)\"")]).status == 404)
        intervention["id"] = nil
        #expect(try await studio.client.json("PUT", "/api/interventions/none", intervention, etag: deleted.etag).status == 404)

        let agency = try await studio.client.json("POST", "/api/agencies", ["id": "cpwg", "name": "Child Protection Working Group", "type": "other", "local": true], etag: deleted.etag)
        #expect(agency.status == 201)
        let place = try await studio.client.json("POST", "/api/places", ["name": "Gorkha", "pcode": "NP-GO", "adminLevel": 3], etag: agency.etag)
        #expect(place.status == 201)
        #expect(place.json["id"] as? String == "gorkha")
        let placeRenamed = try await studio.client.json("PUT", "/api/places/gorkha", ["name": "Gorkha district", "adminLevel": 3], etag: place.etag)
        #expect(placeRenamed.status == 200)
        #expect(try await studio.client.send("DELETE", "/api/places/gorkha", headers: [("If-Match", "\"\(placeRenamed.etag!)\"")]).status == 200)
        await studio.stop()
    }

    @Test func aChangeWithoutIfMatchOrWithAStaleOneChangesNothing() async throws {
        let studio = try await RunningStudio.start()
        let etag = try await studio.etag()
        let ids = try await studio.interventionIDs()
        let missing = try await studio.client.json("POST", "/api/interventions", Self.societyIntervention, etag: nil)
        #expect(missing.status == 428)
        let stale = try await studio.client.json("POST", "/api/interventions", Self.societyIntervention, etag: "0-0")
        #expect(stale.status == 412)
        #expect(stale.json["etag"] as? String == etag)
        #expect(stale.json["error"] is String)
        for path in ["/api/undo", "/api/redo", "/api/save", "/api/reload", "/api/journal/restore", "/api/journal/discard"] {
            #expect(try await studio.client.post(path, etag: nil).status == 428, "\(path)")
            #expect(try await studio.client.post(path, etag: "stale").status == 412, "\(path)")
        }
        #expect(try await studio.client.send("DELETE", "/api/interventions/cfs-01", headers: [("If-Match", "\"\(etag)x\"")]).status == 412)
        #expect(try await studio.etag() == etag)
        #expect(try await studio.interventionIDs() == ids)
        await studio.stop()
    }

    @Test func malformedBodiesAre400() async throws {
        let studio = try await RunningStudio.start()
        let etag = try await studio.etag()
        let headers = [("If-Match", "\"\(etag)\""), ("Content-Type", "application/json")]
        for body in ["{", "", "not json", "[1,2]", "\"text\"", "{\"title\": 5, \"levels\": [\"child\"]}",
                     "{\"title\": \"x\", \"levels\": \"child\"}", "{\"title\": \"x\", \"levels\": [\"child\"], \"indicators\": [3]}"] {
            let r = try await studio.client.send("POST", "/api/interventions", headers: headers, body: Array(body.utf8))
            #expect(r.status == 400, "\(body)")
            #expect(r.json["error"] is String)
            #expect(r.json["problems"] is [Any])
        }
        let wrongType = try await studio.client.json("POST", "/api/agencies", ["name": "A", "type": "un", "local": "yes"], etag: etag)
        #expect(wrongType.status == 400)
        #expect((wrongType.json["problems"] as? [[String: String]])?.first?["field"] == "local")
        #expect(try await studio.etag() == etag)
        await studio.stop()
    }

    @Test func invalidEditsAre422WithEachProblemAtItsField() async throws {
        let studio = try await RunningStudio.start()
        let etag = try await studio.etag()
        let ids = try await studio.interventionIDs()
        let bad: [String: Any] = [
            "title": " ",
            "levels": ["child", "planet"],
            "standards": ["99"],
            "lead": "nobody",
            "phase": "someday",
            "start": "2015-13-01",
            "indicators": [["id": "a", "text": "ok"], ["id": "b", "text": "ok"], ["id": "a", "text": "\u{1}"]],
            "dependsOn": ["cfs-01", "nothing"],
        ]
        let r = try await studio.client.json("POST", "/api/interventions", bad, etag: etag)
        #expect(r.status == 422)
        #expect(r.json["etag"] as? String == etag)
        let problems = try #require(r.json["problems"] as? [[String: String]])
        let fields = Set(problems.compactMap { $0["field"] })
        // Shape problems come first; a body that passes them is checked by the format's rules.
        #expect(fields == ["phase", "start", "indicators[2].text"], "\(problems)")
        for p in problems { #expect(!(p["message"] ?? "").isEmpty) }

        var rules = bad
        rules["phase"] = "response"
        rules["start"] = "2015-05-01"
        rules["indicators"] = [["id": "a", "text": "ok"], ["id": "b", "text": "ok"], ["id": "a", "text": " "]]
        let r2 = try await studio.client.json("POST", "/api/interventions", rules, etag: etag)
        #expect(r2.status == 422)
        let fields2 = Set((r2.json["problems"] as? [[String: String]] ?? []).compactMap { $0["field"] })
        #expect(fields2.isSuperset(of: ["title", "levels[1]", "standards[0]", "lead", "dependsOn[1]", "indicators[2].id"]), "\(fields2)")

        let duplicate = try await studio.client.json("POST", "/api/interventions", ["id": "cfs-01", "title": "Again", "levels": ["child"]], etag: etag)
        #expect(duplicate.status == 422)
        #expect((duplicate.json["problems"] as? [[String: String]])?.first?["field"] == "id")
        let badID = try await studio.client.json("POST", "/api/interventions", ["id": "has space", "title": "Again", "levels": ["child"]], etag: etag)
        #expect(badID.status == 422)
        let noLevel = try await studio.client.json("POST", "/api/interventions", ["title": "Nowhere", "levels": [String]()], etag: etag)
        #expect((noLevel.json["problems"] as? [[String: String]])?.first?["field"] == "levels")
        // Deleting an agency that leads interventions would break them.
        let lead = try await studio.client.send("DELETE", "/api/agencies/unicef", headers: [("If-Match", "\"\(etag)\"")])
        #expect(lead.status == 422)
        #expect((lead.json["problems"] as? [[String: String]])?.first?["message"]?.contains("intervention '") == true)
        let renamed = try await studio.client.json("PUT", "/api/interventions/cfs-01", ["id": "cfs-02", "title": "x", "levels": ["child"]], etag: etag)
        #expect(renamed.status == 422)
        #expect(try await studio.etag() == etag)
        #expect(try await studio.interventionIDs() == ids)
        await studio.stop()
    }

    @Test func undoAndRedo() async throws {
        let studio = try await RunningStudio.start()
        let etag0 = try await studio.etag()
        #expect(try await studio.client.post("/api/undo", etag: etag0).status == 409)
        #expect(try await studio.client.post("/api/redo", etag: etag0).status == 409)
        let created = try await studio.client.json("POST", "/api/interventions", Self.societyIntervention, etag: etag0)
        let id = try #require(created.json["id"] as? String)
        let undone = try await studio.client.post("/api/undo", etag: created.etag)
        #expect(undone.status == 200)
        #expect(undone.json["etag"] as? String == undone.etag)
        #expect(try await !studio.interventionIDs().contains(id))
        #expect(try await studio.client.send("GET", "/api/programme").json["dirty"] as? Bool == false)
        let redone = try await studio.client.post("/api/redo", etag: undone.etag)
        #expect(redone.status == 200)
        #expect(try await studio.interventionIDs().contains(id))
        #expect(try await studio.client.post("/api/redo", etag: redone.etag).status == 409)
        await studio.stop()
    }

    @Test func theDownloadIsTheCanonicalProgramme() async throws {
        let studio = try await RunningStudio.start()
        _ = try await studio.client.json("POST", "/api/interventions", Self.societyIntervention, etag: try await studio.etag())
        let r = try await studio.client.send("GET", "/api/programme.xml")
        #expect(r.status == 200)
        #expect(r.header("Content-Disposition") == "attachment; filename=\"earthquake-response.xml\"")
        let programme = try ProgrammeReader().read(r.body, name: "download")
        #expect(ProgrammeWriter().encode(programme) == r.text)
        #expect(programme.interventions.contains { $0.levels == ["society"] })
        await studio.stop()
    }

    @Test func theOpenAPIDocumentIsServed() async throws {
        let studio = try await RunningStudio.start()
        let r = try await studio.client.send("GET", "/api/openapi.yaml")
        let doc = try String(contentsOf: Paths.packageRoot.appendingPathComponent("docs/studio-openapi.yaml"), encoding: .utf8)
        #expect(r.text == doc)
        await studio.stop()
    }
}
