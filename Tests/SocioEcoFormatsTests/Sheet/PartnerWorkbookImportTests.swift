import SocioEcoFormats
import SocioEcoModel
import Testing

/// Workbooks as partners send them: a map of headers to hashtags, rows filtered to one
/// cluster, interventions keyed on chosen columns, incomplete rows left out and listed,
/// codes tables keyed on any column, and the words partners write.
@Suite struct PartnerWorkbookImportTests {
    static let mapCSV = """
        header,hashtag
        id_projet,#activity+id
        NOM ACTIVITE,#activity+name
        CLUSTER,#sector+cluster
        Acronyme,#org+acronym
        Type organisation,#org+type
        DATE DEBUT,#date+start
        DATE FIN,#date+end
        Province,#adm1+name
        Code Province,#adm1+code
        Etat,#status

        """

    static let sheet = """
        "ID_Projet","NOM ACTIVITE
        (texte libre)","CLUSTER
        (Choisir dans la liste)",Acronyme,Type organisation,DATE DEBUT,DATE FIN,Province,Code Province,Etat,Budget
        P1,Espaces amis des enfants,Protection de l'enfant,ADSSE,ONG Nationale,2025-01-01,2025-06-30,Ituri,CD54,En cours,100
        P1,Espaces amis des enfants,Protection de l'enfant,ADSSE,ONG Nationale,2025-03-01,2025-12-31,Nord-Kivu,CD61,En cours,200
        P2,Latrines,Eau,AIRD,ONG Internationale,2025-01-01,2025-12-31,Ituri,CD54,Terminé,
        ,Prise en charge,Protection de l'enfant,AIRD,ONG Internationale,2025-01-01,2025-12-31,Ituri,CD54,En cours,
        P3,Prise en charge,Protection de l'enfant,OHAV RDC,ONG Nationale,2025-01-01,2025-12-31,Ituri,CD54,Mise en oeuvre & rapportage,
        P3,Prise en charge,Protection de l'enfant,UA RDC,ONG Nationale,2025-01-01,2025-12-31,Ituri,CD54,En cours,

        """

    static let codesCSV = """
        Project,Levels,Standards
        #activity+id,#activity+level,#activity+cpms
        P1,child community,15
        P3,child family,18

        """

    func headerMap(_ text: String = mapCSV) throws -> SheetHeaderMap {
        var source = CSVRowSource(bytes: Array(text.utf8), name: "map.csv")
        return try SheetHeaderMap(reading: &source)
    }

    func codes(_ text: String = codesCSV, map: SheetHeaderMap? = nil) throws -> ActivityCodeTable {
        var source = CSVRowSource(bytes: Array(text.utf8), name: "codes.csv")
        return try ActivityCodeTable(reading: &source, map: map)
    }

    func run(_ csv: String = sheet, map: SheetHeaderMap? = nil, codes: ActivityCodeTable? = nil, filters: [String] = [],
             key: [String]? = nil, skip: Bool = false) throws -> FiveWImport.Outcome {
        var source = CSVRowSource(bytes: Array(csv.utf8), name: "5w.csv")
        let options = FiveWImport.Options(programmeID: "p", title: "5W", codes: codes, map: map,
                                          filters: filters.map { FiveWImport.Filter($0)! }, key: key?.map { HXLHashtag($0)! },
                                          skipIncomplete: skip)
        return try FiveWImport(options: options).run(&source)
    }

    @Test func theMapTagsColumnsByTheFirstLineOfTheirHeaderWhateverTheCase() throws {
        let outcome = try run(map: try headerMap())
        let columns = try #require(outcome.columns).columns
        #expect(columns.map(\.hashtagText) == ["#activity+id", "#activity+name", "#sector+cluster", "#org+acronym", "#org+type",
                                               "#date+start", "#date+end", "#adm1+name", "#adm1+code", "#status", nil])
        #expect(columns.prefix(10).allSatisfy { $0.source == .map })
        #expect(columns[10].source == nil && columns[10].meaning == .carried)
    }

    @Test func theMapWinsOverTheSheetsOwnHashtagRowAndTheRestKeepTheirs() throws {
        let csv = """
            Project,Org,Where
            #activity+code,#org+name,#adm1+name
            P1,UNICEF,Ituri

            """
        let map = try headerMap("Project,#activity+id\n")
        let outcome = try run(csv, map: map)
        let columns = try #require(outcome.columns).columns
        #expect(columns.map(\.hashtagText) == ["#activity+id", "#org+name", "#adm1+name"])
        #expect(columns.map(\.source) == [.map, .hashtagRow, .hashtagRow])
        #expect(outcome.columns?.hashtagRow == 2)
    }

    @Test func whereKeepsOneClustersRowsAndCountsTheOthers() throws {
        let outcome = try run(map: try headerMap(), codes: try codes(), filters: ["#sector+cluster=Protection de l'enfant"],
                              key: ["#activity+id", "#org+acronym"], skip: true)
        #expect(outcome.rowsRead == 6)
        #expect(outcome.rowsFiltered == 1)
        #expect(outcome.skipped.count == 1)
        #expect(outcome.errors.isEmpty, "\(outcome.diagnostics)")
        #expect(outcome.programme?.interventions.map(\.id) == ["P1-ADSSE", "P3-ohav-rdc", "P3-ua-rdc"])
    }

    @Test func aWhereOrKeyColumnTheSheetLacksIsSaidOnceAtTheHeader() throws {
        let outcome = try run(map: try headerMap(), filters: ["#sector+subsector=x"], key: ["#activity+code"])
        let errors = outcome.errors.map(\.description)
        #expect(errors == [
            "5w.csv:1: error: --where names '#sector+subsector', which no column of the sheet has; tag it in the sheet's hashtag row or with --map",
            "5w.csv:1: error: --key names '#activity+code', which no column of the sheet has; tag it in the sheet's hashtag row or with --map",
        ])
    }

    @Test func withoutAnIdColumnOneErrorAtTheHeaderNotOnePerRow() throws {
        let outcome = try run()
        #expect(outcome.errors.count == 1)
        #expect(outcome.errors.first?.description.hasPrefix("5w.csv:1: error: no column holds the intervention id ('#activity+id')") == true)
    }

    @Test func aKeyOfTwoColumnsMakesOneInterventionPerOrganisationWithValidIds() throws {
        let outcome = try run(map: try headerMap(), codes: try codes(), filters: ["#sector+cluster=Protection de l'enfant"],
                              key: ["#activity+id", "#org+acronym"], skip: true)
        let p = try #require(outcome.programme, "\(outcome.diagnostics)")
        #expect(p.interventions.map(\.id) == ["P1-ADSSE", "P3-ohav-rdc", "P3-ua-rdc"])
        #expect(p.interventions.map(\.lead) == ["ADSSE", "ohav-rdc", "ua-rdc"])
        #expect(p.interventions[1].status == .ongoing, "'Mise en oeuvre & rapportage'")
        #expect(p.interventions[1].levels == ["child", "family"], "the codes table keyed on the project id")
    }

    @Test func differentDatesWidenWithANoteAndPlacesAddUp() throws {
        let outcome = try run(map: try headerMap(), codes: try codes(), filters: ["#sector+cluster=Protection de l'enfant"],
                              key: ["#activity+id", "#org+acronym"], skip: true)
        let p = try #require(outcome.programme)
        let p1 = p.interventions[0]
        #expect(p1.start == CalendarDate("2025-01-01") && p1.end == CalendarDate("2025-12-31"))
        #expect(p1.places == ["CD54", "CD61"])
        #expect(outcome.diagnostics.map(\.description).contains(
            "5w.csv:2: note: the rows of intervention 'P1-ADSSE' give different dates; it runs from the earliest start to the latest end (2025-01-01 to 2025-12-31)"))
    }

    @Test func anotherCellThatDiffersIsAnErrorAtThatCell() throws {
        let outcome = try run(map: try headerMap(), codes: try codes(), filters: ["#sector+cluster=Protection de l'enfant"], skip: true)
        // P3 is reported by two organisations: with the default key, one intervention.
        let lines = outcome.errors.map(\.description)
        #expect(lines.contains { $0.hasPrefix("5w.csv:7:4: error: 'UA RDC' differs from 'OHAV RDC' in row 6 for intervention 'P3'") })
    }

    @Test func skipIncompleteLeavesOutAndListsRowsWithoutAKeyOrLevels() throws {
        let map = try headerMap()
        let onlyP1 = try codes("#activity+id,#activity+level\nP1,child\n")
        let outcome = try run(map: map, codes: onlyP1, filters: ["#sector+cluster=Protection de l'enfant"],
                              key: ["#activity+id", "#org+acronym"], skip: true)
        #expect(outcome.errors.isEmpty, "\(outcome.diagnostics)")
        #expect(outcome.skipped.map(\.description) == [
            "5w.csv:5:1: note: skipped: the row has no '#activity+id' ('ID_Projet'), which identifies the intervention",
            "5w.csv:6: note: skipped: intervention 'P3-ohav-rdc' has no level, in the sheet or the codes table",
            "5w.csv:7: note: skipped: intervention 'P3-ua-rdc' has no level, in the sheet or the codes table",
        ])
        let p = try #require(outcome.programme)
        #expect(p.interventions.map(\.id) == ["P1-ADSSE"])
        #expect(p.agencies.map(\.id) == ["ADSSE"], "agencies only left-out interventions named are left out too")
        #expect(p.places.map(\.id) == ["CD54", "CD61"])
        #expect(outcome.interventionCount == 1)

        let strict = try run(map: map, codes: onlyP1, filters: ["#sector+cluster=Protection de l'enfant"], key: ["#activity+id", "#org+acronym"])
        #expect(strict.programme == nil)
        #expect(strict.errors.map(\.description).contains {
            $0.hasPrefix("5w.csv:5:1: error: the row has no '#activity+id' ('ID_Projet'), which identifies the intervention; fill it in, or give --skip-incomplete")
        })
        #expect(strict.errors.contains { $0.message.hasPrefix("intervention 'P3-ohav-rdc' has no level: fill in '#activity+level', or add '#activity+id' 'P3' to codes.csv") })
    }

    @Test func rowsLeftOutAreListedUpToTheLimitAndCountedPastIt() throws {
        let rows = (1...1_500).map { "x\($0),\n" }.joined()
        let outcome = try run("#activity+name,#activity+id\n" + rows, key: ["#activity+id"], skip: true)
        #expect(outcome.errors.isEmpty)
        #expect(outcome.skipped.count == ReaderLimits.maximumDiagnostics)
        #expect(outcome.skippedCount == 1_500)
        #expect(outcome.rowsRead == 1_500 && outcome.rowsImported == 0)
    }

    @Test func aCodesTableNamesItsColumnThroughTheMap() throws {
        let map = try headerMap()
        let table = try codes("ID_Projet,Levels,Standards\nP1,child,15\nP3,family,16\n", map: map)
        #expect(table.keyHashtag == HXLHashtag("#activity+id"))
        #expect(table.entries.keys.sorted() == ["P1", "P3"])
        let plain = try codes("CP101,child,18\n")
        #expect(plain.keyHashtag == ActivityCodeTable.activityCode && plain.entries["CP101"] != nil, "a table with no header row")
    }

    @Test func aMapWithABadHashtagOrATwiceMappedHeaderIsRefusedAtItsCell() throws {
        #expect {
            _ = try headerMap("header,hashtag\nID,#activity+id\nid,#org+code\nName,org name\n,#x\n")
        } throws: { error in
            guard let failure = error as? ReadFailure else { return false }
            return failure.diagnostics.map(\.description) == [
                "map.csv:3:1: error: header 'id' is mapped twice (first at row 2); keep one row",
                "map.csv:4:2: error: 'org name' is not an HXL hashtag; write '#' then a tag and '+attributes', such as '#org+acronym'",
                "map.csv:5:1: error: the row has no header; write the sheet column's header (its first line is enough) in the first column",
            ]
        }
    }

    @Test("Words partners write, in English and French", arguments: [
        ("ONG Nationale", AgencyType.nationalNGO), ("NNGO", .nationalNGO), ("ONG Internationale", .internationalNGO),
        ("INGO", .internationalNGO), ("Agence ONU", .un), ("UN Agency", .un), ("Agence UN", .un), ("Gouvernement", .government),
        ("Government", .government), ("Entité Gouvernementale", .government), ("Croix-Rouge", .redCrossRedCrescent),
        ("Red Cross", .redCrossRedCrescent), ("Mouvement de la Croix Rouge", .redCrossRedCrescent),
        ("Organisation à base communautaire", .communityBased), ("CBO", .communityBased), ("Others", .other),
    ])
    func organisationTypes(word: String, type: AgencyType) {
        #expect(SheetVocabulary.lookUp(word, in: SheetVocabulary.agencyTypes) == type)
    }

    @Test("Statuses and phases partners write", arguments: [
        ("En cours", InterventionStatus.ongoing), ("Ongoing", .ongoing), ("Planifié", .planned), ("Terminé", .completed),
        ("Completed", .completed), ("Suspendu", .suspended), ("Mise en oeuvre & rapportage", .ongoing), ("Déboursement", .ongoing),
    ])
    func statuses(word: String, status: InterventionStatus) {
        #expect(SheetVocabulary.lookUp(word, in: SheetVocabulary.statuses) == status)
    }

    @Test func aWordNotUnderstoodIsAnErrorAtItsCellListingWhatIsAccepted() throws {
        let csv = Self.sheet.replacingOccurrences(of: "ONG Nationale,2025-01-01,2025-06-30", with: "Fondation,2025-01-01,2025-06-30")
        let outcome = try run(csv, map: try headerMap(), codes: try codes(), filters: ["#sector+cluster=Protection de l'enfant"], skip: true)
        #expect(outcome.errors.map(\.description).contains {
            $0.hasPrefix("5w.csv:2:5: error: organisation type 'Fondation' is not one this tool knows; use one of 'un', 'international-ngo', 'national-ngo'")
        }, "\(outcome.errors)")
        #expect(FiveWImport.Filter("#sector+cluster=Protection: a=b")?.value == "Protection: a=b")
        #expect(FiveWImport.Filter("sector=x") == nil)
    }
}
