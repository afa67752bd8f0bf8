import SocioEcoFormats
import SocioEcoModel
import Testing

/// The 5W import: columns by hashtag or header, rows joined by id, cells checked where
/// they are, the codes table, carried columns.
@Suite struct FiveWImportTests {
    static let header = "Intervention ID,Activity,Levels,CPMS standards,Status,Lead agency code,Lead agency,Lead agency type,Admin 2,Admin 2 P-code,Location,Start date,End date\n"
    static let tags = "#activity+id,#activity+name,#activity+level,#activity+cpms,#status,#org+code,#org+name,#org+type,#adm2+name,#adm2+code,#loc+name,#date+start,#date+end\n"

    func run(_ csv: String, codes: String? = nil, name: String = "5w.csv") throws -> FiveWImport.Outcome {
        var table: ActivityCodeTable?
        if let codes {
            var c = CSVRowSource(bytes: Array(codes.utf8), name: "codes.csv")
            table = try ActivityCodeTable(reading: &c)
        }
        var source = CSVRowSource(bytes: Array(csv.utf8), name: name)
        return try FiveWImport(options: .init(programmeID: "p", title: "5W", codes: table)).run(&source)
    }

    @Test func rowsOfOneInterventionAddUpPlaces() throws {
        let csv = Self.header + Self.tags + """
            cfs,Child friendly spaces,"child, Community",15;17,active,save,Save the Children,INGO,Cox's Bazar,BD2022,Camp 4,2024-01-01,2024-12-31
            cfs,Child friendly spaces,child community,15 17,Active,save,,,Cox's Bazar,BD2022,Camp 26,2024-01-01,
            cm,Case management,child|family,CPMS 18,completed,brac,BRAC,National NGO,Cox's Bazar,BD2022,,,

            """
        let outcome = try run(csv)
        #expect(outcome.errors.isEmpty, "\(outcome.diagnostics)")
        let p = try #require(outcome.programme)
        #expect(p.interventions.map(\.id) == ["cfs", "cm"])
        let cfs = p.interventions[0]
        #expect(cfs.levels == ["child", "community"])
        #expect(cfs.standards == ["15", "17"])
        #expect(cfs.status == .ongoing)
        #expect(cfs.places == ["camp-4", "camp-26"])
        #expect(cfs.start == CalendarDate("2024-01-01") && cfs.end == CalendarDate("2024-12-31"))
        #expect(p.interventions[1].places == ["BD2022"], "a row without a location works in the whole district")
        #expect(p.places.map(\.id) == ["BD2022", "camp-4", "camp-26"])
        #expect(p.places[1].parent == "BD2022" && p.places[1].adminLevel == nil && p.places[0].adminLevel == 2)
        #expect(p.agencies.map(\.type) == [.internationalNGO, .nationalNGO])
        #expect(p.agencies[1].local == true)
        #expect(p.problems().isEmpty)
    }

    @Test func everyProblemAtItsCellWithANearMiss() throws {
        let csv = Self.header + Self.tags + """
            a,Spaces,comunity,15,ongoin,save,Save,INGO,,,,2024-13-01,
            a,Spaces,comunity,16,activ,save,Save,INGO,,,,2024-13-01,
            b,,child,99,planned,brac,BRAC,NGO,,,,,

            """
        let outcome = try run(csv)
        #expect(outcome.programme == nil)
        let lines = outcome.errors.map(\.description)
        #expect(lines.contains("5w.csv:3:3: error: level 'comunity' is not a level of framework cpms-2019; did you mean 'community'? use one of 'child', 'family', 'community', 'society'".replacingOccurrences(of: "? use", with: "?; use")))
        #expect(lines.contains { $0.hasPrefix("5w.csv:3:5: error: status 'ongoin' is not one this tool knows; did you mean 'ongoing'?") })
        #expect(lines.contains { $0.hasPrefix("5w.csv:4:4: error: '16' differs from '15' in row 3 for intervention 'a'") })
        #expect(lines.contains { $0.hasPrefix("5w.csv:3:12: error: '2024-13-01' is not a date") })
        #expect(lines.contains { $0.hasPrefix("5w.csv:5:2: error: intervention 'b' has no title") })
        #expect(lines.contains { $0.hasPrefix("5w.csv:5:4: error: standard '99' is not a standard of framework cpms-2019") })
    }

    @Test func frenchHeadersWithoutAHashtagRow() throws {
        let csv = """
            ID intervention;Activité;Niveaux;Statut;Code agence;Agence;Type agence
            ev-1;Espaces amis des enfants;enfant;en cours;unicef;UNICEF;Agence ONU

            """
        let outcome = try run(csv.replacingOccurrences(of: ";enfant;", with: ";child;"))
        #expect(outcome.errors.isEmpty, "\(outcome.diagnostics)")
        let p = try #require(outcome.programme)
        #expect(p.interventions.first?.status == .ongoing)
        #expect(p.agencies.first?.type == .un)
        #expect(outcome.columns?.columns.first?.source == .header)
    }

    @Test func codesTableGivesLevelsAndStandardsAndIdsAreMadeFromCodeAndLead() throws {
        let codes = """
            #activity+code,#activity+level,#activity+cpms,#activity+name
            CP101,child family,18,Case management
            CP201,community,17,Community-based child protection

            """
        let csv = """
            Activity code,Lead agency code,Levels,Activity
            #activity+code,#org+code,#activity+level,#activity+name
            CP101,brac,,
            CP101,brac,,
            CP201,plan,society,Community mobilisation
            CP301,plan,,

            """
        let outcome = try run(csv, codes: codes)
        #expect(outcome.errors.map(\.description).contains(
            "5w.csv:6:3: error: intervention 'cp301-plan' has no level: fill in '#activity+level', or add activity code 'CP301' to codes.csv; did you mean 'CP101'?"))
        let fixed = try run(csv.replacingOccurrences(of: "CP301,plan,,", with: "CP301,plan,child,Something"), codes: codes)
        let p = try #require(fixed.programme)
        #expect(p.interventions.map(\.id) == ["cp101-brac", "cp201-plan", "cp301-plan"])
        #expect(p.interventions[0].levels == ["child", "family"] && p.interventions[0].standards == ["18"])
        #expect(p.interventions[0].title == "Case management")
        #expect(p.interventions[1].levels == ["society"], "the sheet's cell wins over the codes table")
        #expect(p.interventions[1].title == "Community mobilisation")
    }

    @Test func unknownColumnsAreCarriedAndCountsImplyGroups() throws {
        let csv = """
            Intervention ID,Activity,Levels,Budget (USD),Girls reached,Reached Jan,Reached Feb
            #activity+id,#activity+name,#activity+level,#value+budget,#reached+f+children,,
            a,Spaces,child,12000,40,10,
            a,Spaces,child,12000,0,,20
            b,Clubs,child,,0,,

            """
        let outcome = try run(csv)
        let p = try #require(outcome.programme, "\(outcome.diagnostics)")
        #expect(p.interventions[0].reaches == ["girls"])
        #expect(p.interventions[1].reaches.isEmpty)
        let cells = p.interventions[0].extensions.compactMap(SheetCarriedCell.init)
        #expect(cells == [
            SheetCarriedCell(header: "Budget (USD)", hashtag: "#value+budget", value: "12000"),
            SheetCarriedCell(header: "Girls reached", hashtag: "#reached+f+children", row: 1, value: "40"),
            SheetCarriedCell(header: "Girls reached", hashtag: "#reached+f+children", row: 2, value: "0"),
            SheetCarriedCell(header: "Reached Jan", hashtag: nil, value: "10"),
            SheetCarriedCell(header: "Reached Feb", hashtag: nil, value: "20"),
        ])
        let table = FiveWExport().table(for: p)
        #expect(table.rows[0].suffix(4) == ["Budget (USD)", "Girls reached", "Reached Jan", "Reached Feb"])
        #expect(table.rows[1].suffix(4) == ["#value+budget", "#reached+f+children", "", ""])
        var again = CSVRowSource(bytes: CSVWriter().encode(table), name: "again.csv")
        let q = try FiveWImport(options: .init(programmeID: "p", title: "5W")).run(&again).programme
        #expect(q == p)
    }

    @Test func twoColumnsOfOneHeaderKeepBothValuesOfARow() throws {
        let csv = """
            Intervention ID,Activity,Levels,Note,Note,Note
            #activity+id,#activity+name,#activity+level,,,
            a,Spaces,child,first,second,
            a,Spaces,child,third,,
            b,Clubs,child,same,same,same

            """
        let outcome = try run(csv)
        let p = try #require(outcome.programme, "\(outcome.diagnostics)")
        let table = FiveWExport().table(for: p)
        #expect(table.rows[0].filter { $0 == "Note" }.count == 2)
        var again = CSVRowSource(bytes: CSVWriter().encode(table), name: "again.csv")
        let q = try FiveWImport(options: .init(programmeID: "p", title: "5W")).run(&again).programme
        #expect(q == p)
    }

    @Test func hashtagsMatchInAnyOrderAndCase() throws {
        #expect(HXLHashtag("#ORG +Code+ IMPL") == HXLHashtag("#org+impl+code"))
        #expect(HXLHashtag("org+code") == nil)
        #expect(HXLHashtag("#org+co de") == HXLHashtag("#org+code"))
        #expect(HXLHashtag("#org++code") == nil)
        let row = SheetRow(number: 2, cells: [.init(column: 1, value: .text("#org+impl+code")), .init(column: 2, value: .text("#org+acronym")),
                                              .init(column: 3, value: .text("#org+funder+name")), .init(column: 4, value: .text("#Date+End"))])
        let map = SheetColumnMap(first: SheetRow(number: 1, cells: []), second: row)
        let roles = map.columns.map { c -> String in
            if case .field(let f) = c.meaning { return f.role.rawValue }
            return "carried"
        }
        #expect(roles == ["partnerCodes", "leadCode", "carried", "end"])
    }
}
