import SocioEcoFormats
import SocioEcoModel

extension ProgrammeGenerator {
    /// Carried columns a generated sheet programme may hold, in the order they come.
    static let sheetCarriedColumns: [(String, String?)] = [
        ("Budget (USD)", "#value+budget"), ("Donor", "#org+funder+name"), ("Reached, by month", "#reached+month"),
        ("Remarks = notes", nil), ("Financement, \"source\"", "#meta+funding"),
    ]

    /// A programme as a 5W sheet holds one: CPMS 2019, agencies and places in the order a
    /// sheet's rows name them (place paths top down) or, some of the time, in another
    /// order with some no intervention names and place ids the import would not make;
    /// local flags, dependencies, the programme's own fields, places and dates, carried
    /// columns, and hostile free text everywhere a cell allows it.
    public mutating func sheetProgramme() -> Programme {
        let fw = Framework.cpms2019
        var agencies: [Agency] = []
        for a in 0..<int(0...5) {
            let type = pick(AgencyType.allCases)
            // A sheet's blank flag means "by type", so a local type's flag is never left out.
            let local: Bool? = SheetVocabulary.isLocal(type) ? !chance(0.2) : pick([nil, true, false])
            agencies.append(Agency(id: Agency.ID(id("ag", a)), name: text(), type: type, local: local))
        }
        var places: [Place] = []
        for n in 0..<int(0...7) {
            let parents = places.filter { $0.adminLevel != nil }
            let parent = parents.isEmpty || chance(0.3) ? nil : pick(parents)
            let floor = parent.map { ($0.adminLevel ?? 0) + 1 } ?? 0
            let level: Int? = floor > 5 || chance(0.3) ? nil : int(floor...5)
            let name = "P\(n) " + text()
            let pcode = chance(0.5) ? "PC\(n)" : nil
            let placeID = chance(0.2) ? "pl-\(n)" : pcode ?? SheetWords.slug(name)
            places.append(Place(id: Place.ID(placeID), name: name, pcode: pcode, adminLevel: level, parent: parent?.id))
        }
        var interventions: [Intervention] = []
        var indicatorCounter = 0
        for i in 0..<int(0...maximumInterventions) {
            let levels = Array(fw.levels.map(\.id).shuffled(using: &rng).prefix(int(1...4)))
            let standards = Array(fw.standards.map(\.id).shuffled(using: &rng).prefix(int(0...4)))
            let groups = Array(["girls", "boys", "adolescents", "caregivers"].shuffled(using: &rng).prefix(int(0...3))).map { PopulationGroup($0) }
            let lead = agencies.isEmpty || chance(0.2) ? nil : pick(agencies).id
            let partners = Array(agencies.map(\.id).filter { $0 != lead }.shuffled(using: &rng).prefix(int(0...2)))
            let where_ = Array(places.map(\.id).shuffled(using: &rng).prefix(int(0...3)))
            var indicators: [Indicator] = []
            for _ in 0..<int(0...2) {
                indicatorCounter += 1
                indicators.append(Indicator(id: Indicator.ID("ind-\(indicatorCounter)"),
                                            target: chance(0.6) ? DecimalNumber(pick(["0", "12.5", "100", "3000"])) : nil,
                                            unit: chance(0.7) ? pick(IndicatorUnit.allCases) : nil, text: text(nonBlank: false)))
            }
            let start = chance(0.6) ? CalendarDate(year: int(2020...2024), month: int(1...12), day: int(1...28)) : nil
            let end = chance(0.6) ? CalendarDate(year: 2025 + int(0...2), month: int(1...12), day: int(1...28)) : nil
            let rows = max(1, where_.count, indicators.count, partners.count)
            var extensions: [ExtensionMarkup] = []
            if chance(0.3) { extensions.append(SheetCarriedCell.activityCode("CP\(int(100...120))").markup) }
            for (header, tag) in Self.sheetCarriedColumns where chance(0.4) {
                if rows >= 2 && chance(0.4) {
                    extensions.append(SheetCarriedCell(header: header, hashtag: tag, row: 1, value: "a " + text()).markup)
                    extensions.append(SheetCarriedCell(header: header, hashtag: tag, row: rows, value: "b " + text()).markup)
                } else {
                    extensions.append(SheetCarriedCell(header: header, hashtag: tag, value: pick(["=1+1", "+33 1", "-5", "@home", "12000"]) + text()).markup)
                }
            }
            interventions.append(Intervention(
                id: Intervention.ID(id("iv", i)), lead: lead, phase: chance(0.7) ? pick(Phase.allCases) : nil,
                status: chance(0.6) ? pick(InterventionStatus.allCases) : nil, title: text(),
                description: chance(0.5) ? text() : nil, levels: levels, standards: standards, reaches: groups,
                partners: partners, places: where_, start: start, end: end, indicators: indicators,
                dependsOn: interventions.isEmpty || chance(0.6) ? [] : Array(Set(interventions.map(\.id).shuffled(using: &rng).prefix(int(1...2)))).sorted { $0.rawValue < $1.rawValue },
                extensions: extensions))
        }
        let crisis: CrisisType? = chance(0.5) ? pick(CrisisType.allCases) : nil
        var context = Context(crisis: crisis, location: chance(0.5) ? text() : nil,
                              start: chance(0.5) ? CalendarDate(year: 2019, month: 1, day: 1) : nil,
                              end: chance(0.5) ? CalendarDate(year: 2028, month: 12, day: 31) : nil) as Context?
        // An empty context has no cell to travel in; a sheet without one gives none.
        if context == Context() { context = nil }
        return Programme(id: chance(0.5) ? "p" : Programme.ID(id("prog", 1)), revision: chance(0.5) ? int(0...40) : nil,
                         updated: chance(0.5) ? CalendarDate(year: 2024, month: int(1...12), day: int(1...28)) : nil,
                         title: chance(0.5) ? "5W" : text(), description: chance(0.4) ? text() : nil, context: context,
                         agencies: chance(0.6) ? Self.rowOrder(agencies, interventions) : agencies.shuffled(using: &rng),
                         places: chance(0.6) ? Self.rowOrder(places, interventions) : places, interventions: interventions)
    }

    /// The agencies interventions name, in the order their rows name them: on each row
    /// the lead, then that row's partner.
    static func rowOrder(_ agencies: [Agency], _ interventions: [Intervention]) -> [Agency] {
        var order: [Agency.ID] = []
        for item in interventions {
            for k in 0..<max(1, item.places.count, item.indicators.count, item.partners.count) {
                if let lead = item.lead, !order.contains(lead) { order.append(lead) }
                if k < item.partners.count, !order.contains(item.partners[k]) { order.append(item.partners[k]) }
            }
        }
        return order.compactMap { id in agencies.first { $0.id == id } }
    }

    /// The places interventions name with every place they lie in, in the order rows name
    /// them, each path from the top.
    static func rowOrder(_ places: [Place], _ interventions: [Intervention]) -> [Place] {
        let byID = Dictionary(uniqueKeysWithValues: places.map { ($0.id, $0) })
        var order: [Place.ID] = []
        for item in interventions {
            for id in item.places {
                var path: [Place.ID] = []
                var current: Place.ID? = id
                while let c = current { path.insert(c, at: 0); current = byID[c]?.parent }
                for p in path where !order.contains(p) { order.append(p) }
            }
        }
        return order.map { byID[$0]! }
    }
}
