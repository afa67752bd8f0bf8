import SocioEcoModel

/// A programme as a 5W sheet (docs/spreadsheet-format.md): the header row, the HXL
/// hashtag row, then for each intervention as many rows as it has places, indicators or
/// partners (at least one), the k-th row holding its k-th of each, and every other cell
/// repeated on each row so that any row read alone is whole. Carried columns come after
/// socioeco's own, in the order first met.
public struct FiveWExport: Sendable {
    public init() {}

    public func table(for programme: Programme, name: String = "5W") -> SheetTable {
        let columns = FiveWColumn.all
        let carried = Self.carriedColumns(programme.interventions)
        var rows: [[String]] = [
            columns.map(\.header) + carried.map(\.header),
            columns.map(\.hashtag) + carried.map { $0.hashtag ?? "" },
        ]
        let agencies = Dictionary(programme.agencies.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let places = Dictionary(programme.places.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let carriedIndex = Dictionary(uniqueKeysWithValues: carried.enumerated().map { ($1, $0) })
        for item in programme.interventions {
            let all = item.extensions.compactMap(SheetCarriedCell.init)
            let code = all.first(where: \.isActivityCode)?.value ?? ""
            let cells = all.filter { !$0.isActivityCode }
            let count = max(1, item.places.count, item.indicators.count, item.partners.count, cells.compactMap(\.row).max() ?? 0)
            for k in 0..<count {
                var row = columns.map { column in
                    column.role == .activityCode ? code : value(column, of: item, row: k, agencies: agencies, places: places)
                }
                var extra = Array(repeating: "", count: carried.count)
                for cell in cells where cell.row == nil || cell.row == k + 1 {
                    extra[carriedIndex[cell.columnKey]!] = cell.value
                }
                row += extra
                rows.append(row)
            }
        }
        return SheetTable(name: name, rows: rows, frozenRows: 2)
    }

    /// The carried columns in an order that keeps each intervention's own order where the
    /// interventions agree (a topological order, the column first met first among those
    /// ready), so that importing the export gives every intervention its cells in order.
    static func carriedColumns(_ interventions: [Intervention]) -> [SheetCarriedCell.ColumnKey] {
        var keys: [SheetCarriedCell.ColumnKey] = []
        var position: [SheetCarriedCell.ColumnKey: Int] = [:]
        var after: [Int: Set<Int>] = [:]
        var before: [Int: Int] = [:]
        for item in interventions {
            var previous: Int?
            for e in item.extensions {
                guard let cell = SheetCarriedCell(e), !cell.isActivityCode else { continue }
                let k: Int
                if let known = position[cell.columnKey] { k = known } else {
                    k = keys.count
                    position[cell.columnKey] = k
                    keys.append(cell.columnKey)
                }
                if let previous, previous != k, after[previous, default: []].insert(k).inserted { before[k, default: 0] += 1 }
                previous = k
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
        return order.map { keys[$0] }
    }

    private func value(_ column: FiveWColumn, of item: Intervention, row k: Int,
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
        case .placeName, .placeCode:
            guard k < item.places.count else { return "" }
            var place = places[item.places[k]]
            while let p = place {
                if p.adminLevel == column.adminLevel {
                    return column.role == .placeName ? p.name : (p.pcode ?? "")
                }
                place = p.parent.flatMap { places[$0] }
            }
            return ""
        case .start: return item.start?.description ?? ""
        case .end: return item.end?.description ?? ""
        case .groups: return item.reaches.map(\.rawValue).joined(separator: ", ")
        case .indicatorID: return indicator?.id.rawValue ?? ""
        case .indicatorName: return indicator?.text ?? ""
        case .indicatorTarget: return indicator?.target?.text ?? ""
        case .indicatorUnit: return indicator?.unit?.rawValue ?? ""
        }
    }
}
