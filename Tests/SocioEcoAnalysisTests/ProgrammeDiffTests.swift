import SocioEcoAnalysis
import SocioEcoFormats
import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// `ProgrammeDiff`: empty exactly for equal models, field-level changes, and coverage
/// that moved.
@Suite struct ProgrammeDiffTests {
    func exchange(_ name: String) throws -> Programme {
        try ProgrammeReader().read(contentsOf: Paths.model("exchange/\(name)"))
    }

    @Test func revisionsShowWhatMoved() throws {
        let d = ProgrammeDiff(old: try exchange("unicef-2024-r1.xml"), new: try exchange("unicef-2024-r2.xml"))
        #expect(!d.isEmpty)
        #expect(d.addedInterventions.map(\.id) == ["cp-committees"])
        #expect(d.removedInterventions.map(\.id) == ["fts-01"])
        let caseMgmt = try #require(d.changedInterventions.first { $0.id == "case-mgmt" })
        #expect(caseMgmt.changes.contains(FieldChange(field: "status", old: "planned", new: "ongoing")))
        #expect(caseMgmt.changes.contains(FieldChange(field: "level", old: "child family", new: "child")))
        let family = try #require(d.levels.first { $0.level == "family" })
        #expect(family.before == 2 && family.after == 0 && family.isNowUncovered)
        #expect(d.levels.first { $0.level == "community" }?.isNowCovered == true)
        #expect(d.appearedFindings.contains { $0.code == .uncoveredLevel && $0.subject == .level("family") })
        #expect(d.resolvedFindings.contains { $0.code == .uncoveredLevel && $0.subject == .level("community") })
        #expect(d.changedAgencies.map(\.id) == ["unicef"], "the budget extension changed")
    }

    @Test func aChangeOfTheFrameworksOwnGuidanceAloneIsSaidAsSuch() throws {
        let sahel = try ProgrammeReader().read(contentsOf: Paths.model("sahel-custom-framework.xml"))
        var bare = sahel
        bare.framework = sahel.framework.withoutGuidance
        let fw = sahel.framework
        #expect(ProgrammeDiff(old: bare, new: sahel).programme == [FieldChange(field: "guidance", old: "0 guidance entries", new: "3 guidance entries")])
        var reworded = sahel
        reworded.framework = Framework(kind: fw.kind, name: fw.name, levels: fw.levels, standards: fw.standards.map {
            var s = $0
            for k in s.guidance.indices { s.guidance[k].summary += " Reworded." }
            return s
        })
        #expect(ProgrammeDiff(old: sahel, new: reworded).programme == [FieldChange(field: "guidance", old: "3 guidance entries", new: "3 guidance entries, changed")])
    }

    @Test(arguments: 0..<30)
    func generatedProgrammes(seed: UInt64) {
        var g = ProgrammeGenerator(seed: seed, maximumInterventions: 15)
        let p = g.decorated(g.programme())
        let same = ProgrammeDiff(old: p, new: p)
        #expect(same.isEmpty && same.addedInterventions.isEmpty && same.changedInterventions.isEmpty && same.programme.isEmpty)
        #expect(same.appearedFindings.isEmpty && same.resolvedFindings.isEmpty && !same.levels.contains(where: \.isChanged))

        guard let last = p.interventions.last else { return }
        var fewer = p
        fewer.interventions.removeLast()
        fewer.annotations = fewer.annotations.filter { $0.key.interventionIndex != p.interventions.count - 1 }
        fewer.interventions = fewer.interventions.map { item in
            var i = item
            i.dependsOn.removeAll { $0 == last.id }
            return i
        }
        let d = ProgrammeDiff(old: p, new: fewer)
        #expect(!d.isEmpty && d.removedInterventions.map(\.id) == [last.id] && d.addedInterventions.isEmpty)
        let before = CoverageAnalysis(programme: p), after = CoverageAnalysis(programme: fewer)
        #expect(d.levels.map(\.before) == before.levels.map { $0.interventions.count })
        #expect(d.levels.map(\.after) == after.levels.map { $0.interventions.count })
        let reverse = ProgrammeDiff(old: fewer, new: p)
        #expect(reverse.addedInterventions.map(\.id) == [last.id])

        var retitled = p
        retitled.interventions[0].title += " (revised)"
        let t = ProgrammeDiff(old: p, new: retitled)
        #expect(t.changedInterventions.count == 1 && t.changedInterventions[0].changes.map(\.field) == ["title"])
    }
}
