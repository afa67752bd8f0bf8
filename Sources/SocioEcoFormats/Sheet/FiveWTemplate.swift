import SocioEcoModel

/// The empty 5W workbook `socioeco template` writes: the 5W sheet with its header and
/// hashtag rows frozen, and a `Lists` sheet of the framework's levels, standards (with
/// titles), statuses and phases that drop-downs on those columns offer.
public enum FiveWTemplate {
    public static let listsSheet = "Lists"

    public static func sheets(framework: Framework = .cpms2019) -> [SheetTable] {
        let columns = FiveWColumn.all
        let levels = framework.levelsByRank.map(\.id.rawValue)
        let standards = framework.standards.map(\.id.rawValue)
        let titles = framework.standards.map(\.title)
        let statuses = InterventionStatus.allCases.map(\.rawValue)
        let phases = Phase.allCases.map(\.rawValue)
        let types = AgencyType.allCases.map(\.rawValue)
        let lists: [(String, String, [String])] = [
            ("Levels", "#activity+level", levels), ("CPMS standards", "#activity+cpms", standards),
            ("Standard title", "#meta+title", titles), ("Status", "#status", statuses),
            ("Phase", "#activity+phase", phases), ("Organisation type", "#org+type", types),
        ]
        let height = lists.map(\.2.count).max() ?? 0
        var listRows = [lists.map(\.0), lists.map(\.1)]
        for i in 0..<height { listRows.append(lists.map { i < $0.2.count ? $0.2[i] : "" }) }
        func validation(_ role: FiveWColumn.Role, list: Int, count: Int, free: Bool) -> SheetTable.ListValidation? {
            guard let c = columns.firstIndex(where: { $0.role == role }), count > 0 else { return nil }
            return SheetTable.ListValidation(column: c + 1, firstRow: 3, sourceSheet: listsSheet, sourceColumn: list,
                                             sourceRows: 3...(2 + count), allowsOtherText: free)
        }
        let validations = [
            validation(.levels, list: 1, count: levels.count, free: true),
            validation(.standards, list: 2, count: standards.count, free: true),
            validation(.status, list: 4, count: statuses.count, free: false),
            validation(.phase, list: 5, count: phases.count, free: false),
            validation(.leadType, list: 6, count: types.count, free: false),
        ].compactMap { $0 }
        return [
            SheetTable(name: "5W", rows: [columns.map(\.header), columns.map(\.hashtag)], frozenRows: 2, validations: validations),
            SheetTable(name: listsSheet, rows: listRows, frozenRows: 2),
        ]
    }
}
