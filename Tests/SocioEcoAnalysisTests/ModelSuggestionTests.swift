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
}
