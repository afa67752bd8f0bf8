/// The columns of socioeco's 5W sheet, in the order `export csv|xlsx` and `template` write
/// them: the header people read and the HXL hashtag tools read (docs/spreadsheet-format.md).
/// The import finds columns by hashtag, or without a hashtag row by header names.
public struct FiveWColumn: Hashable, Sendable {
    /// What the column becomes in the model.
    public enum Role: String, Hashable, Sendable, CaseIterable {
        case interventionID, activityCode, title, description, levels, standards, phase, status
        case leadCode, leadName, leadType, partnerCodes, partnerNames
        case placeName, placeCode, start, end, groups
        case indicatorID, indicatorName, indicatorTarget, indicatorUnit
    }

    public var role: Role
    public var header: String
    public var hashtag: String
    /// For `.placeName`/`.placeCode`: the admin level 1...5, or nil for `#loc`.
    public var adminLevel: Int?

    public init(role: Role, header: String, hashtag: String, adminLevel: Int? = nil) {
        self.role = role
        self.header = header
        self.hashtag = hashtag
        self.adminLevel = adminLevel
    }

    /// Every column socioeco writes, in order. Place columns run from admin level 1 to 5
    /// and then the location (`#loc`), name before code.
    public static let all: [FiveWColumn] = {
        var c: [FiveWColumn] = [
            .init(role: .interventionID, header: "Intervention ID", hashtag: "#activity+id"),
            .init(role: .activityCode, header: "Activity code", hashtag: "#activity+code"),
            .init(role: .title, header: "Activity", hashtag: "#activity+name"),
            .init(role: .description, header: "Description", hashtag: "#activity+description"),
            .init(role: .levels, header: "Levels", hashtag: "#activity+level"),
            .init(role: .standards, header: "CPMS standards", hashtag: "#activity+cpms"),
            .init(role: .phase, header: "Phase", hashtag: "#activity+phase"),
            .init(role: .status, header: "Status", hashtag: "#status"),
            .init(role: .leadCode, header: "Lead agency code", hashtag: "#org+code"),
            .init(role: .leadName, header: "Lead agency", hashtag: "#org+name"),
            .init(role: .leadType, header: "Lead agency type", hashtag: "#org+type"),
            .init(role: .partnerCodes, header: "Partner codes", hashtag: "#org+impl+code"),
            .init(role: .partnerNames, header: "Partners", hashtag: "#org+impl+name"),
        ]
        for level in 1...5 {
            c.append(.init(role: .placeName, header: "Admin \(level)", hashtag: "#adm\(level)+name", adminLevel: level))
            c.append(.init(role: .placeCode, header: "Admin \(level) P-code", hashtag: "#adm\(level)+code", adminLevel: level))
        }
        c += [
            .init(role: .placeName, header: "Location", hashtag: "#loc+name"),
            .init(role: .placeCode, header: "Location code", hashtag: "#loc+code"),
            .init(role: .start, header: "Start date", hashtag: "#date+start"),
            .init(role: .end, header: "End date", hashtag: "#date+end"),
            .init(role: .groups, header: "Groups reached", hashtag: "#beneficiary"),
            .init(role: .indicatorID, header: "Indicator ID", hashtag: "#indicator+id"),
            .init(role: .indicatorName, header: "Indicator", hashtag: "#indicator+name"),
            .init(role: .indicatorTarget, header: "Target", hashtag: "#indicator+target"),
            .init(role: .indicatorUnit, header: "Unit", hashtag: "#indicator+unit"),
        ]
        return c
    }()
}
