import SocioEcoFormats
import SocioEcoModel

extension ProgrammeGenerator {
    /// Carried columns a generated sheet programme may hold, in the order they come.
    static let sheetCarriedColumns: [(String, String?)] = [
        ("Budget (USD)", "#value+budget"), ("Donor", "#org+funder+name"), ("Reached, by month", "#reached+month"),
        ("Remarks = notes", nil), ("Financement, \"source\"", "#meta+funding"),
    ]

    /// A programme as a 5W sheet holds one: CPMS 2019, agencies and places that
    /// interventions name (listed in the order a sheet's rows name them, place paths top
    /// down), place ids as the import makes them, places and dates, carried columns, and
    /// hostile free text everywhere a cell allows it.
    public mutating func sheetProgramme() -> Programme {
        let fw = Framework.cpms2019
        var agencies: [Agency] = []
        for a in 0..<int(0...5) {
            let type = pick(AgencyType.allCases)
            agencies.append(Agency(id: Agency.ID(id("ag", a)), name: text(), type: type, local: SheetVocabulary.isLocal(type) ? true : nil))
        }
        var places: [Place] = []
        for n in 0..<int(0...7) {
            let parents = places.filter { $0.adminLevel != nil }
            let parent = parents.isEmpty || chance(0.3) ? nil : pick(parents)
            let floor = parent.map { ($0.adminLevel ?? 0) + 1 } ?? 0
            let level: Int? = floor > 5 || chance(0.3) ? nil : int(floor...5)
            let name = "P\(n) " + text()
            let pcode = chance(0.5) ? "PC\(n)" : nil
            places.append(Place(id: Place.ID(pcode ?? SheetWords.slug(name)), name: name, pcode: pcode, adminLevel: level, parent: parent?.id))
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
                partners: partners, places: where_, start: start, end: end, indicators: indicators, extensions: extensions))
        }
        return Programme(id: "p", title: "5W", agencies: Self.rowOrder(agencies, interventions),
                         places: Self.rowOrder(places, interventions), interventions: interventions)
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
