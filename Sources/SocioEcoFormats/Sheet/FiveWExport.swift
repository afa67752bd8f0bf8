import SocioEcoModel

/// A programme as a 5W sheet (docs/spreadsheet-format.md): the header row, the HXL
/// hashtag row, then for each intervention as many rows as it has places, indicators or
/// partners (at least one), the k-th row holding its k-th of each, and every other cell
/// repeated on each row so that any row read alone is whole. Carried columns come after
/// socioeco's own, in the order first met. The programme's own fields fill their columns on
/// every row. When the interventions' rows alone would not give back the programme's
/// agencies or places (one no intervention names, another order, an id the import would
/// not make), rows that list them all come first, each holding an agency, a place or both.
public struct FiveWExport: Sendable {
    public init() {}

    public func table(for programme: Programme, name: String = "5W") -> SheetTable {
        let columns = FiveWColumn.all
        var carried: [SheetCarriedCell.ColumnKey] = []
        var carriedIndex: [SheetCarriedCell.ColumnKey: Int] = [:]
        for (key, width) in Self.carriedColumns(programme.interventions) {
            carriedIndex[key] = carried.count
            carried += Array(repeating: key, count: width)
        }
        var rows: [[String]] = [
            columns.map(\.header) + carried.map(\.header),
            columns.map(\.hashtag) + carried.map { $0.hashtag ?? "" },
        ]
        let agencies = Dictionary(programme.agencies.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let places = Dictionary(programme.places.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let listedAgencies = Self.agenciesNeedListing(programme) ? programme.agencies : []
        let listedPlaces = Self.placesNeedListing(programme) ? programme.places : []
        for k in 0..<max(listedAgencies.count, listedPlaces.count) {
            let agency = k < listedAgencies.count ? listedAgencies[k] : nil
            let place = k < listedPlaces.count ? listedPlaces[k].id : nil
            var row = columns.map { listing($0, agency: agency, place: place, programme: programme, places: places) }
            row += Array(repeating: "", count: carried.count)
            rows.append(row)
        }
        for item in programme.interventions {
            let all = item.extensions.compactMap(SheetCarriedCell.init)
            let code = all.first(where: \.isActivityCode)?.value ?? ""
            let cells = all.filter { !$0.isActivityCode }
            let count = max(1, item.places.count, item.indicators.count, item.partners.count, cells.compactMap(\.row).max() ?? 0)
            for k in 0..<count {
                var row = columns.map { column in
                    column.role == .activityCode ? code
                        : value(column, of: item, row: k, programme: programme, agencies: agencies, places: places)
                }
                var extra = Array(repeating: "", count: carried.count)
                var used: [SheetCarriedCell.ColumnKey: Int] = [:]
                for cell in cells where cell.row == nil || cell.row == k + 1 {
                    let n = used[cell.columnKey, default: 0]
                    used[cell.columnKey] = n + 1
                    extra[carriedIndex[cell.columnKey]! + n] = cell.value
                }
                row += extra
                rows.append(row)
            }
        }
        return SheetTable(name: name, rows: rows, frozenRows: 2)
    }

    /// The carried columns in an order that keeps each intervention's own order where the
    /// interventions agree (a topological order, the column first met first among those
    /// ready), so that importing the export gives every intervention its cells in order;
    /// each with its width, the most cells of that column one row of an intervention
    /// holds. A sheet may have two columns of the same header and hashtag with different
    /// values on one row; written side by side, they are read back in the same order.
    static func carriedColumns(_ interventions: [Intervention]) -> [(key: SheetCarriedCell.ColumnKey, width: Int)] {
        var keys: [SheetCarriedCell.ColumnKey] = []
        var widths: [Int] = []
        var position: [SheetCarriedCell.ColumnKey: Int] = [:]
        var after: [Int: Set<Int>] = [:]
        var before: [Int: Int] = [:]
        for item in interventions {
            var previous: Int?
            var shared: [Int: Int] = [:]
            var perRow: [Int: [Int: Int]] = [:]
            for e in item.extensions {
                guard let cell = SheetCarriedCell(e), !cell.isActivityCode else { continue }
                let k: Int
                if let known = position[cell.columnKey] { k = known } else {
                    k = keys.count
                    position[cell.columnKey] = k
                    keys.append(cell.columnKey)
                    widths.append(1)
                }
                if let previous, previous != k, after[previous, default: []].insert(k).inserted { before[k, default: 0] += 1 }
                previous = k
                if let row = cell.row { perRow[k, default: [:]][row, default: 0] += 1 } else { shared[k, default: 0] += 1 }
            }
            for k in Set(shared.keys).union(perRow.keys) {
                widths[k] = max(widths[k], shared[k, default: 0] + (perRow[k]?.values.max() ?? 0))
            }
        }
        var order: [Int] = []
        var placed = Set<Int>()
        while order.count < keys.count {
            // A column no unplaced column must precede; in a cycle, the first one met.
            let next = keys.indices.first { !placed.contains($0) && before[$0, default: 0] == 0 }
                ?? keys.indices.first { !placed.contains($0) }!
            order.append(next)
            placed.insert(next)
            for k in after[next, default: []] { before[k, default: 0] -= 1 }
        }
        return order.map { (keys[$0], widths[$0]) }
    }

    /// Whether the rows of the interventions would give the import other agencies than the
    /// programme's: not all of them, not in its order, or an agency named only as a
    /// partner whose local flag is not what its type gives.
    static func agenciesNeedListing(_ programme: Programme) -> Bool {
        var order: [Agency.ID] = []
        var seen = Set<Agency.ID>()
        var leads = Set<Agency.ID>()
        for item in programme.interventions {
            if let lead = item.lead { leads.insert(lead) }
            for k in 0..<max(1, item.places.count, item.indicators.count, item.partners.count) {
                if let lead = item.lead, seen.insert(lead).inserted { order.append(lead) }
                if k < item.partners.count, seen.insert(item.partners[k]).inserted { order.append(item.partners[k]) }
            }
        }
        guard order == programme.agencies.map(\.id) else { return true }
        return programme.agencies.contains { a in
            !leads.contains(a.id) && a.local != (SheetVocabulary.isLocal(a.type) ? true : nil)
        }
    }

    /// Whether the rows of the interventions would give the import other places than the
    /// programme's: not all of them, not in its order (each path from the top), or an id
    /// the import would not make from the p-code or the name.
    static func placesNeedListing(_ programme: Programme) -> Bool {
        let byID = Dictionary(programme.places.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var order: [Place.ID] = []
        var seen = Set<Place.ID>()
        for item in programme.interventions {
            for id in item.places {
                var path: [Place.ID] = []
                var current: Place.ID? = id
                while let c = current, !path.contains(c) { path.insert(c, at: 0); current = byID[c]?.parent }
                for p in path where seen.insert(p).inserted { order.append(p) }
            }
        }
        guard order == programme.places.map(\.id) else { return true }
        return programme.places.contains { p in
            let made = p.pcode.flatMap { Identifier<Place>.isWellFormed($0) ? $0 : nil } ?? SheetWords.slug(p.name, fallback: "place")
            return made != p.id.rawValue
        }
    }

    /// A cell of a row that lists an agency, a place, or both.
    private func listing(_ column: FiveWColumn, agency: Agency?, place: Place.ID?, programme: Programme,
                         places: [Place.ID: Place]) -> String {
        switch column.role {
        case .leadCode: return agency?.id.rawValue ?? ""
        case .leadName: return agency?.name ?? ""
        case .leadType: return agency?.type.rawValue ?? ""
        case .leadLocal: return Self.flag(agency?.local)
        case .placeName, .placeCode, .placeID: return placeCell(column, place, places)
        default: return programmeCell(column, programme) ?? ""
        }
    }

    /// `yes`, `no`, or blank when the file left the flag out.
    static func flag(_ local: Bool?) -> String {
        local.map { $0 ? "yes" : "no" } ?? ""
    }

    /// A place column of the row naming `id`: the place's path down to it, and its id.
    private func placeCell(_ column: FiveWColumn, _ id: Place.ID?, _ places: [Place.ID: Place]) -> String {
        guard let id else { return "" }
        if column.role == .placeID { return id.rawValue }
        var place = places[id]
        var steps = 0
        while let p = place, steps <= places.count {
            if p.adminLevel == column.adminLevel {
                return column.role == .placeName ? p.name : (p.pcode ?? "")
            }
            place = p.parent.flatMap { places[$0] }
            steps += 1
        }
        return ""
    }

    /// A cell of the programme's own columns, or nil for any other column.
    private func programmeCell(_ column: FiveWColumn, _ p: Programme) -> String? {
        switch column.role {
        case .programmeID: return p.id.rawValue
        case .programmeTitle: return p.title
        case .programmeDescription: return p.description ?? ""
        case .programmeCrisis: return p.context?.crisis?.rawValue ?? ""
        case .programmeLocation: return p.context?.location ?? ""
        case .programmeStart: return p.context?.start?.description ?? ""
        case .programmeEnd: return p.context?.end?.description ?? ""
        case .programmeRevision: return p.revision.map(String.init) ?? ""
        case .programmeUpdated: return p.updated?.description ?? ""
        case .programmeFramework: return p.declaresFramework ? p.framework.displayID : ""
        default: return nil
        }
    }

    private func value(_ column: FiveWColumn, of item: Intervention, row k: Int, programme: Programme,
                       agencies: [Agency.ID: Agency], places: [Place.ID: Place]) -> String {
        let lead = item.lead.flatMap { agencies[$0] }
        let partner = k < item.partners.count ? agencies[item.partners[k]] : nil
        let indicator = k < item.indicators.count ? item.indicators[k] : nil
        switch column.role {
        case .interventionID: return item.id.rawValue
        case .activityCode: return ""
        case .title: return item.title
        case .description: return item.description ?? ""
        case .levels: return item.levels.map(\.rawValue).joined(separator: ", ")
        case .standards: return item.standards.map(\.rawValue).joined(separator: ", ")
        case .phase: return item.phase?.rawValue ?? ""
        case .status: return item.status?.rawValue ?? ""
        case .leadCode: return item.lead?.rawValue ?? ""
        case .leadName: return lead?.name ?? ""
        case .leadType: return lead?.type.rawValue ?? ""
        case .partnerCodes: return partner?.id.rawValue ?? (k < item.partners.count ? item.partners[k].rawValue : "")
        case .partnerNames: return partner?.name ?? ""
        case .partnerTypes: return partner?.type.rawValue ?? ""
        case .placeName, .placeCode, .placeID:
            return placeCell(column, k < item.places.count ? item.places[k] : nil, places)
        case .start: return item.start?.description ?? ""
        case .end: return item.end?.description ?? ""
        case .groups: return item.reaches.map(\.rawValue).joined(separator: ", ")
        case .indicatorID: return indicator?.id.rawValue ?? ""
        case .indicatorName: return indicator?.text ?? ""
        case .indicatorTarget: return indicator?.target?.text ?? ""
        case .indicatorUnit: return indicator?.unit?.rawValue ?? ""
        case .leadLocal: return Self.flag(lead?.local)
        case .dependsOn: return item.dependsOn.map(\.rawValue).joined(separator: ", ")
        case .programmeID, .programmeTitle, .programmeDescription, .programmeCrisis, .programmeLocation,
             .programmeStart, .programmeEnd, .programmeRevision, .programmeUpdated, .programmeFramework:
            return programmeCell(column, programme) ?? ""
        }
    }
}
