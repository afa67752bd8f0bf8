/// The columns of socioeco's 5W sheet, in the order `export csv|xlsx` and `template` write
/// them: the header people read and the HXL hashtag tools read (docs/spreadsheet-format.md).
/// The import finds columns by hashtag, or without a hashtag row by header names.
public struct FiveWColumn: Hashable, Sendable {
    /// What the column becomes in the model.
    public enum Role: String, Hashable, Sendable, CaseIterable {
        case interventionID, activityCode, title, description, levels, standards, phase, status
        case leadCode, leadName, leadType, partnerCodes, partnerNames, partnerTypes
        case placeName, placeCode, start, end, groups
        case indicatorID, indicatorName, indicatorTarget, indicatorUnit
        case leadLocal, placeID, dependsOn
        /// The programme's own fields: the same value on every row.
        case programmeID, programmeTitle, programmeDescription, programmeCrisis, programmeLocation
        case programmeStart, programmeEnd, programmeRevision, programmeUpdated, programmeFramework
    }

    public var role: Role
    public var header: String
    public var hashtag: String
    /// For `.placeName`/`.placeCode`: the admin level 0 (`#country`) to 5, or nil for `#loc`.
    public var adminLevel: Int?
    /// The header a French sheet gives the column.
    public var frenchHeader: String

    public init(role: Role, header: String, hashtag: String, adminLevel: Int? = nil, french: String = "") {
        self.role = role
        self.header = header
        self.hashtag = hashtag
        self.adminLevel = adminLevel
        self.frenchHeader = french
    }

    /// The column's hashtag, parsed.
    public var pattern: HXLHashtag { HXLHashtag(hashtag)! }

    /// Every column socioeco writes, in order. Place columns run from the country (admin
    /// level 0) to admin level 5 and then the location (`#loc`), name before code.
    public static let all: [FiveWColumn] = {
        var c: [FiveWColumn] = [
            .init(role: .interventionID, header: "Intervention ID", hashtag: "#activity+id", french: "ID intervention"),
            .init(role: .activityCode, header: "Activity code", hashtag: "#activity+code", french: "Code activité"),
            .init(role: .title, header: "Activity", hashtag: "#activity+name", french: "Activité"),
            .init(role: .description, header: "Description", hashtag: "#activity+description", french: "Description"),
            .init(role: .levels, header: "Levels", hashtag: "#activity+level", french: "Niveaux"),
            .init(role: .standards, header: "CPMS standards", hashtag: "#activity+cpms", french: "Standards CPMS"),
            .init(role: .phase, header: "Phase", hashtag: "#activity+phase", french: "Phase"),
            .init(role: .status, header: "Status", hashtag: "#status", french: "Statut"),
            .init(role: .leadCode, header: "Lead agency code", hashtag: "#org+code", french: "Code agence"),
            .init(role: .leadName, header: "Lead agency", hashtag: "#org+name", french: "Agence"),
            .init(role: .leadType, header: "Lead agency type", hashtag: "#org+type", french: "Type agence"),
            .init(role: .leadLocal, header: "Lead agency local", hashtag: "#org+local", french: "Agence locale"),
            .init(role: .partnerCodes, header: "Partner codes", hashtag: "#org+impl+code", french: "Codes partenaires"),
            .init(role: .partnerNames, header: "Partners", hashtag: "#org+impl+name", french: "Partenaires"),
            .init(role: .partnerTypes, header: "Partner types", hashtag: "#org+impl+type", french: "Types partenaires"),
        ]
        c.append(.init(role: .placeName, header: "Country", hashtag: "#country+name", adminLevel: 0, french: "Pays"))
        c.append(.init(role: .placeCode, header: "Country code", hashtag: "#country+code", adminLevel: 0, french: "Code pays"))
        for level in 1...5 {
            c.append(.init(role: .placeName, header: "Admin \(level)", hashtag: "#adm\(level)+name", adminLevel: level,
                           french: "Admin \(level)"))
            c.append(.init(role: .placeCode, header: "Admin \(level) P-code", hashtag: "#adm\(level)+code", adminLevel: level,
                           french: "Admin \(level) P-code"))
        }
        c += [
            .init(role: .placeName, header: "Location", hashtag: "#loc+name", french: "Lieu"),
            .init(role: .placeCode, header: "Location code", hashtag: "#loc+code", french: "Code lieu"),
            .init(role: .placeID, header: "Place ID", hashtag: "#loc+id", french: "ID lieu"),
            .init(role: .start, header: "Start date", hashtag: "#date+start", french: "Date de début"),
            .init(role: .end, header: "End date", hashtag: "#date+end", french: "Date de fin"),
            .init(role: .groups, header: "Groups reached", hashtag: "#beneficiary", french: "Groupes atteints"),
            .init(role: .dependsOn, header: "Depends on", hashtag: "#activity+depends", french: "Dépend de"),
            .init(role: .indicatorID, header: "Indicator ID", hashtag: "#indicator+id", french: "ID indicateur"),
            .init(role: .indicatorName, header: "Indicator", hashtag: "#indicator+name", french: "Indicateur"),
            .init(role: .indicatorTarget, header: "Target", hashtag: "#indicator+target", french: "Cible"),
            .init(role: .indicatorUnit, header: "Unit", hashtag: "#indicator+unit", french: "Unité"),
            .init(role: .programmeID, header: "Programme ID", hashtag: "#meta+programme+id", french: "ID programme"),
            .init(role: .programmeTitle, header: "Programme title", hashtag: "#meta+programme+title", french: "Titre du programme"),
            .init(role: .programmeDescription, header: "Programme description", hashtag: "#meta+programme+description",
                  french: "Description du programme"),
            .init(role: .programmeCrisis, header: "Programme crisis", hashtag: "#meta+programme+crisis", french: "Crise du programme"),
            .init(role: .programmeLocation, header: "Programme location", hashtag: "#meta+programme+location",
                  french: "Lieu du programme"),
            .init(role: .programmeStart, header: "Programme start", hashtag: "#meta+programme+start", french: "Début du programme"),
            .init(role: .programmeEnd, header: "Programme end", hashtag: "#meta+programme+end", french: "Fin du programme"),
            .init(role: .programmeRevision, header: "Programme revision", hashtag: "#meta+programme+revision", french: "Révision du programme"),
            .init(role: .programmeUpdated, header: "Programme updated", hashtag: "#meta+programme+updated", french: "Programme mis à jour"),
            .init(role: .programmeFramework, header: "Programme framework", hashtag: "#meta+programme+framework", french: "Cadre du programme"),
        ]
        return c
    }()
}

extension FiveWColumn.Role {
    /// The case's place in the declaration. A case without payload is stored as that
    /// number in one byte (`unsafeBitCast` traps if it ever were not one byte), so roles,
    /// compared and hashed for every cell of every row, need not hash their raw strings
    /// as `RawRepresentable`'s defaults do.
    var ordinal: Int { Int(unsafeBitCast(self, to: UInt8.self)) }

    public static func == (a: Self, b: Self) -> Bool { a.ordinal == b.ordinal }
    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }
}
