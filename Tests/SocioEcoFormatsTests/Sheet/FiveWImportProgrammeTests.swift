import SocioEcoFormats
import SocioEcoModel
import Testing

/// What a 5W says beyond its interventions: the programme's own columns, rows that list
/// an agency or a place, local flags, place ids and dependencies.
@Suite struct FiveWImportProgrammeTests {
    static let header = "Intervention ID,Activity,Levels,Lead agency code,Lead agency type,Lead agency local,Admin 1,Place ID,Depends on,Programme ID,Programme title,Programme crisis,Programme revision\n"
    static let tags = "#activity+id,#activity+name,#activity+level,#org+code,#org+type,#org+local,#adm1+name,#loc+id,#activity+depends,#meta+programme+id,#meta+programme+title,#meta+programme+crisis,#meta+programme+revision\n"

    func run(_ rows: String) throws -> FiveWImport.Outcome {
        var source = CSVRowSource(bytes: Array((Self.header + Self.tags + rows).utf8), name: "5w.csv")
        return try FiveWImport(options: .init(programmeID: "default", title: "Default")).run(&source)
    }

    @Test func listingRowsGiveAgenciesAndPlacesTheirOrderIdsAndFlags() throws {
        let outcome = try run("""
            ,,,gov,government,no,North,north-1,,p1,Plan,epidemic,3
            ,,,unicef,UN agency,yes,,,,p1,Plan,epidemic,3
            a,Spaces,child,unicef,,,North,,,p1,Plan,epidemic,3
            b,Clubs,child,ngo,NNGO,,North,,a,,,,

            """)
        #expect(outcome.errors.isEmpty, "\(outcome.diagnostics)")
        let p = try #require(outcome.programme)
        #expect(p.id == "p1" && p.title == "Plan" && p.revision == 3 && p.context == Context(crisis: .epidemic))
        #expect(p.agencies.map(\.id) == ["gov", "unicef", "ngo"], "listed first, in the listing's order")
        #expect(p.agencies.map(\.local) == [false, true, true], "a blank flag goes by type")
        #expect(p.places.map(\.id) == ["north-1"])
        #expect(p.interventions.map(\.places) == [["north-1"], ["north-1"]])
        #expect(p.interventions[1].dependsOn == ["a"])
    }

    @Test func programmeCellsThatDifferAndBadFlagsAreErrorsAtTheirCells() throws {
        let outcome = try run("""
            a,Spaces,child,unicef,,maybe,,,zz,p1,Plan,epidemc,3
            b,Clubs,child,save,,,,,,p2,Plan,epidemic,three

            """)
        #expect(outcome.programme == nil)
        let found = outcome.errors.map { "\($0.line):\($0.column) \($0.message)" }
        #expect(found.contains { $0.hasPrefix("3:6 'maybe' does not say whether the agency is a local or national actor") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("4:10 'p2' differs from 'p1' in row 3") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("4:12 'epidemic' differs from 'epidemc' in row 3") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("4:13 'three' differs from '3' in row 3") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("3:12 crisis 'epidemc' is not one this tool knows; did you mean 'epidemic'?") }, "\(found)")
    }

    @Test func aDependencyOnNoInterventionIsAnErrorAtItsCell() throws {
        let outcome = try run("""
            a,Spaces,child,,,,,,zz,,,,

            """)
        let found = outcome.errors.map { "\($0.line):\($0.column) \($0.code)" }
        #expect(found == ["3:9 unresolved-intervention"], "\(outcome.diagnostics)")
    }

    @Test func aPlaceIdGivenToAnotherPlaceIsAnError() throws {
        let outcome = try run("""
            a,Spaces,child,,,,North,n,,,,,
            b,Clubs,child,,,,South,n,,,,,

            """)
        let found = outcome.errors.map { "\($0.line):\($0.column) \($0.message)" }
        #expect(found.count == 1 && found[0].hasPrefix("4:8 place id 'n' is given to another place"), "\(found)")
    }
}
