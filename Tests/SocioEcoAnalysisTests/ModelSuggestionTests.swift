import SocioEcoAnalysis
import SocioEcoFormats
import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// Which suggestions come first for each hole of the files in Models/, worked out by hand
/// from the ranking: the standard and level matching the hole, then agencies already
/// working next to it on the entry's standard (local first), then the phase most
/// interventions are in, then catalogue order.
@Suite struct ModelSuggestionTests {
    /// Per hole, its subject and the ids of its first two entries with the first one's leads.
    func firsts(_ name: String) throws -> [(Finding.Subject, [String], [String])] {
        let analysed = AnalysedProgramme(try ProgrammeReader().read(contentsOf: Paths.model(name)))
        return Suggestions(analysed).items.map { item in
            (item.subject, item.options.prefix(2).map(\.entry.id.rawValue), item.options.first?.possibleLeads.map(\.rawValue) ?? [])
        }
    }

    @Test func earthquake() throws {
        let f = try firsts("earthquake-response.xml")
        #expect(f.map(\.0) == [.level("society"), .standard("20"), .group("children-with-disabilities", "community")])
        // Society: 14 and 20 act mainly there; nobody works on either next door, so the
        // response-phase entries (most of the programme is response) come first, 14 before 20.
        #expect(f[0].1 == ["g-14-society-national-cp-system", "g-14-society-social-protection"])
        // The community level's agencies, local actors first: CWIN, the Department of
        // Education and the village child protection committees.
        #expect(f[0].2 == ["cwin", "doe", "vcpc"])
        #expect(f[1].1 == ["g-20-child-legal-aid", "g-20-child-diversion"])
        #expect(f[2].1 == ["g-17-community-cp-groups", "g-17-community-dialogue"])
    }

    @Test func cholera() throws {
        let f = try firsts("cholera-epidemic-response.xml")
        #expect(f.first?.0 == .standard("20"))
        #expect(f.first?.1 == ["g-20-child-legal-aid", "g-20-child-diversion"])
        // At society the preparedness plan and the ministry's other work link to 14 and 17;
        // nobody next door does 14, so response-phase 14 entries lead.
        #expect(f.last?.0 == .group("children-with-disabilities", "society"))
        #expect(f.last?.1 == ["g-14-society-national-cp-system", "g-14-society-social-protection"])
    }

    @Test func coxsBazar() throws {
        let f = try firsts("cox-bazar-camp-response.xml")
        #expect(f.map(\.0) == [.level("society"), .placeLevel("camp-27", "family"), .group("girls", "family"),
                               .group("girls", "society"), .group("children-with-disabilities", "society")])
        // Society is uncovered from April to September 2025; the legal aid partner and the
        // social services already work on standard 20 at society at other times.
        #expect(f[0].1 == ["g-20-society-justice-training", "g-20-society-birth-registration"])
        #expect(f[0].2 == ["blast", "dss", "rrrc"])
        // Camp 27's family hole: parenting first; the agencies doing family work in the
        // other camps of its upazila, local first.
        #expect(f[1].1 == ["g-16-family-parenting", "g-16-family-caregiver-wellbeing"])
        #expect(f[1].2 == ["brac", "save", "bdrcs"])
    }

    @Test func sahelSuggestionsComeFromItsOwnStandards() throws {
        let f = try firsts("sahel-custom-framework.xml")
        #expect(f.first?.0 == .group("children-with-disabilities", "child"))
        #expect(f.first?.1 == ["g-st-child-groups-child", "g-st-case-mgmt-child"])
        #expect(f.allSatisfy { !$0.1.isEmpty })
    }

    /// The framework's own entries for its household standard come before the entries
    /// made from its standards, for both household holes; the rest keep the made ones.
    @Test func sahelPrefersItsOwnGuidanceAtTheHousehold() throws {
        let f = try firsts("sahel-custom-framework.xml")
        let household = f.filter { if case .group(_, "household") = $0.0 { return true } else { return false } }
        #expect(household.map(\.0) == [.group("girls", "household"), .group("children-with-disabilities", "household")])
        for hole in household {
            #expect(hole.1 == ["g-household-disability-visits", "g-household-girls-cash"])
            // Karkara (local) and Save the Children already work on the household standard there.
            #expect(hole.2 == ["karkara", "save", "dpe"])
        }
        let analysed = AnalysedProgramme(try ProgrammeReader().read(contentsOf: Paths.model("sahel-custom-framework.xml")))
        let suggestions = Suggestions(analysed)
        #expect(suggestions.provenance == "the framework's own guidance, then its strategy standards")
        // The made entry for the household standard gives way to the framework's own.
        #expect(!suggestions.items.flatMap(\.options).contains { $0.entry.id == "g-st-household-household" })
    }

    /// An entry of the framework's own ranks before a made one even when the made one has
    /// agencies next door already working on its standard.
    @Test func ownGuidanceRanksBeforeMadeEntries() {
        let levels = [Level(id: "inner", rank: 1), Level(id: "outer", rank: 2)]
        let own = GuidanceEntry(id: "g-own", title: "Own", summary: "Written by the framework's authors.",
                                standard: "s2", levels: ["outer"], phases: [.response])
        let framework = Framework(kind: .custom, name: "fw", levels: levels, standards: [
            Standard(id: "s1", pillar: 3, isStrategy: true, title: "First", mainLevels: ["outer", "inner"]),
            Standard(id: "s2", pillar: 3, isStrategy: true, title: "Second", mainLevels: ["outer"], guidance: [own]),
        ])
        let p = Programme(id: "p", framework: framework, title: "P", agencies: [Agency(id: "a", name: "A", type: .un)], interventions: [
            Intervention(id: "i", lead: "a", title: "Inner work", levels: ["inner"], standards: ["s1"]),
        ])
        let items = Suggestions(AnalysedProgramme(p)).items
        let outer = items.first { $0.subject == .level("outer") }
        #expect(outer?.options.map(\.entry.id) == ["g-own", "g-s1-outer"])
        #expect(outer?.options.last?.reusesAgencies == true)
    }
}
