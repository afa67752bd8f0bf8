import Foundation
import SocioEcoFormats
import SocioEcoModel
import SocioEcoTestSupport
import Testing

@Suite("Studio: saving, conflicts, reloading and the journal")
struct StudioFileTests {
    @Test func saveWritesAValidCanonicalFileWithTheRevisionRaised() async throws {
        let studio = try await RunningStudio.start()
        let before = studio.folderEntries()
        let revision = try ProgrammeReader().read(contentsOf: studio.file).revision ?? 0
        let created = try await studio.client.json("POST", "/api/interventions", StudioAPITests.societyIntervention, etag: try await studio.etag())
        #expect(FileManager.default.fileExists(atPath: studio.file + ".studio-journal"))
        let saved = try await studio.client.post("/api/save", etag: created.etag)
        #expect(saved.status == 200)
        #expect(saved.json["saved"] as? Bool == true)
        #expect(saved.json["revision"] as? Int == revision + 1)
        let check = try socioeco("validate", studio.file)
        #expect(check.status == 0, "\(check.stderr)")
        let onDisk = try ProgrammeReader().read(contentsOf: studio.file)
        #expect(onDisk.revision == revision + 1)
        #expect(onDisk.interventions.contains { $0.levels == ["society"] })
        #expect(try String(contentsOfFile: studio.file, encoding: .utf8) == ProgrammeWriter().encode(onDisk))
        #expect(!FileManager.default.fileExists(atPath: studio.file + ".studio-journal"))
        #expect(try await studio.client.send("GET", "/api/programme").json["dirty"] as? Bool == false)
        // Saved twice: the revision goes on rising.
        let again = try await studio.client.post("/api/save", etag: saved.etag)
        #expect(again.json["revision"] as? Int == revision + 2)
        #expect(studio.folderEntries() == before)
        await studio.stop()
    }

    @Test func aFileChangedOnDiskIsNotOverwritten() async throws {
        let studio = try await RunningStudio.start()
        let created = try await studio.client.json("POST", "/api/interventions", StudioAPITests.societyIntervention, etag: try await studio.etag())
        // Another editor removes an intervention and saves.
        var other = try ProgrammeReader().read(contentsOf: studio.file)
        other.interventions.removeAll { $0.id == "cfs-01" }
        other.interventions.removeAll { $0.dependsOn.contains("cfs-01") }
        let theirs = ProgrammeWriter().encode(other)
        try theirs.write(toFile: studio.file, atomically: false, encoding: .utf8)
        let refused = try await studio.client.post("/api/save", etag: created.etag)
        #expect(refused.status == 409)
        #expect(refused.json["conflict"] as? Bool == true)
        let diff = try #require(refused.json["diff"] as? String)
        #expect(diff.contains("cfs-01"))
        #expect(diff.contains("advocacy-for-a-law-on-child-care-homes"))
        #expect(try String(contentsOfFile: studio.file, encoding: .utf8) == theirs)
        // Reload takes their version and drops the studio's change.
        let reloaded = try await studio.client.post("/api/reload", etag: created.etag)
        #expect(reloaded.status == 200)
        let ids = try await studio.interventionIDs()
        #expect(!ids.contains("cfs-01"))
        #expect(!ids.contains("advocacy-for-a-law-on-child-care-homes"))
        #expect(try await studio.client.post("/api/undo", etag: reloaded.etag).status == 409)
        #expect(!FileManager.default.fileExists(atPath: studio.file + ".studio-journal"))
        #expect(try await studio.client.post("/api/save", etag: reloaded.etag).status == 200)
        await studio.stop()
    }

    @Test func aJournalLeftBehindIsOfferedAndRestored() async throws {
        let studio = try await RunningStudio.start()
        let a = try await studio.client.json("POST", "/api/interventions", StudioAPITests.societyIntervention, etag: try await studio.etag())
        let b = try await studio.client.send("DELETE", "/api/interventions/cfs-01", headers: [("If-Match", "\"\(a.etag!)\"")])
        #expect(b.status == 422)
        let c = try await studio.client.json("POST", "/api/agencies", ["id": "cpwg", "name": "Working group", "type": "other"], etag: a.etag)
        let d = try await studio.client.post("/api/undo", etag: c.etag)
        #expect(d.status == 200)
        let expected = try await studio.interventionIDs()
        await studio.stop()

        let again = try await RunningStudio.serve(studio.file, folder: studio.folder)
        #expect(try await !again.interventionIDs().contains("advocacy-for-a-law-on-child-care-homes"))
        let journal = try await again.client.send("GET", "/api/journal").json
        #expect(journal["pending"] as? Bool == true)
        #expect(journal["edits"] as? Int == 3)
        let restored = try await again.client.post("/api/journal/restore", etag: try await again.etag())
        #expect(restored.status == 200)
        #expect(restored.json["restored"] as? Int == 3)
        #expect(try await again.interventionIDs() == expected)
        let agencies = try await again.programme()["agencies"] as? [[String: Any]] ?? []
        #expect(!agencies.contains { $0["id"] as? String == "cpwg" })
        #expect(try await again.client.send("GET", "/api/journal").json["pending"] as? Bool == false)
        // Redo still has the undone agency after the restore.
        #expect(try await again.client.post("/api/redo", etag: restored.etag).status == 200)
        await again.stop()

        let third = try await RunningStudio.serve(studio.file, folder: studio.folder)
        #expect(try await third.client.send("GET", "/api/journal").json["edits"] as? Int == 4)
        let discarded = try await third.client.post("/api/journal/discard", etag: try await third.etag())
        #expect(discarded.status == 200)
        #expect(!FileManager.default.fileExists(atPath: studio.file + ".studio-journal"))
        #expect(try await third.client.post("/api/journal/restore", etag: discarded.etag).status == 409)
        await third.stop()
    }

    @Test func onlyTheFileAndItsJournalAreTouched() async throws {
        let studio = try await RunningStudio.start()
        let name = URL(fileURLWithPath: studio.file).lastPathComponent
        #expect(studio.folderEntries() == [name])
        var etag = try await studio.etag()
        let created = try await studio.client.json("POST", "/api/interventions", StudioAPITests.societyIntervention, etag: etag)
        etag = created.etag!
        #expect(studio.folderEntries() == [name, name + ".studio-journal"])
        for path in ["/api/analysis", "/api/suggestions", "/api/programme.xml", "/api/programme"] {
            _ = try await studio.client.send("GET", path)
        }
        etag = try await studio.client.post("/api/undo", etag: etag).etag!
        etag = try await studio.client.post("/api/redo", etag: etag).etag!
        etag = try await studio.client.post("/api/save", etag: etag).etag!
        #expect(studio.folderEntries() == [name])
        _ = try await studio.client.post("/api/reload", etag: etag)
        #expect(studio.folderEntries() == [name])
        await studio.stop()
        #expect(studio.folderEntries() == [name])
    }
}
