import SocioEcoModel

extension FiveWImportState {
    /// The partners of a row: codes paired with names and types by position. A cell with
    /// one code takes the whole name cell as its name, so a name may hold `,` or `;`.
    mutating func readPartners(_ row: SheetRow, into draft: inout Draft) {
        let codes = cell(row, .partnerCodes)
        let names = cell(row, .partnerNames)
        let types = cell(row, .partnerTypes)
        var ids: [String] = codes.map { SheetWords.list($0.text) }?.map(Self.agencyID) ?? []
        var nameList: [String]
        if ids.count == 1, let names {
            nameList = [names.text]
        } else if let names {
            nameList = names.text.split { $0 == ";" || $0 == "|" || (ids.count > 1 && $0 == ",") }
                .map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
            if ids.isEmpty { ids = nameList.map { SheetWords.slug($0) } }
        } else {
            nameList = []
        }
        // Type words hold spaces (`UN agency`), so a list of them is split on `,` `;` `|` only.
        let typeList = types.map { t in
            ids.count == 1 ? [t.text] : t.text.split { $0 == "," || $0 == ";" || $0 == "|" }.map { String($0).trimmingSpaces }
        } ?? []
        for (i, code) in ids.enumerated() {
            guard let c = codes ?? names else { continue }
            if let refusal = IdentifierRule.refusal(of: code, naming: "partner code") {
                error(at: c, code: "malformed-id", refusal)
                continue
            }
            let name = nameList.count == ids.count ? Cell(text: nameList[i], row: row.number, column: names!.column) : nil
            let type = typeList.count == ids.count ? Cell(text: typeList[i], row: row.number, column: types!.column) : nil
            let id = Agency.ID(code)
            register(id, name: name, type: type, at: c)
            if !draft.partners.contains(id) { draft.partners.append(id) }
        }
    }

    /// Adds an agency, or checks that what this row says of it agrees with earlier rows.
    mutating func register(_ id: Agency.ID, name: Cell?, type: Cell?, local: Cell? = nil, at cell: Cell) {
        var parsedLocal: Bool?
        if let local {
            parsedLocal = Self.flag(local.text)
            if parsedLocal == nil {
                error(at: local, code: "sheet-org-local",
                      "'\(local.text)' does not say whether the agency is a local or national actor; write yes or no, or leave it blank to go by its type")
            }
        }
        var parsedType: AgencyType?
        if let type {
            parsedType = SheetVocabulary.lookUp(type.text, in: SheetVocabulary.agencyTypes)
            if parsedType == nil {
                error(at: type, code: "sheet-org-type",
                      "organisation type '\(type.text)' is not one this tool knows\(SheetWords.suggestion(for: type.text, among: Array(SheetVocabulary.agencyTypes.keys).sorted())); use one of \(SheetVocabulary.accepted(AgencyType.allCases)) or a word listed in docs/spreadsheet-format.md")
            }
        }
        guard let i = agencyIndex[id] else {
            agencyIndex[id] = agencies.count
            let t = parsedType ?? .other
            agencies.append(AgencyDraft(
                agency: Agency(id: id, name: name?.text ?? id.rawValue, type: t, local: parsedLocal ?? (SheetVocabulary.isLocal(t) ? true : nil)),
                nameCell: name, typeCell: parsedType == nil ? nil : type, localCell: parsedLocal == nil ? nil : local))
            return
        }
        if let name {
            if let earlier = agencies[i].nameCell, !FiveWImportState.agree(.leadName, earlier.text, name.text) {
                error(at: name, code: "sheet-rows-differ",
                      "agency '\(id)' is named '\(name.text)' here and '\(earlier.text)' in row \(earlier.row); give it one name")
            } else if agencies[i].nameCell == nil {
                agencies[i].nameCell = name
                agencies[i].agency.name = name.text
            }
        }
        if let type, let parsedType {
            if let earlier = agencies[i].typeCell, agencies[i].agency.type != parsedType {
                error(at: type, code: "sheet-rows-differ",
                      "agency '\(id)' has type '\(type.text)' here and '\(earlier.text)' in row \(earlier.row); give it one type")
            } else if agencies[i].typeCell == nil {
                agencies[i].typeCell = type
                agencies[i].agency.type = parsedType
                if agencies[i].localCell == nil { agencies[i].agency.local = SheetVocabulary.isLocal(parsedType) ? true : nil }
            }
        }
        if let local, let parsedLocal {
            if let earlier = agencies[i].localCell, agencies[i].agency.local != parsedLocal {
                error(at: local, code: "sheet-rows-differ",
                      "agency '\(id)' is said local '\(local.text)' here and '\(earlier.text)' in row \(earlier.row); say it once")
            } else if agencies[i].localCell == nil {
                agencies[i].localCell = local
                agencies[i].agency.local = parsedLocal
            }
        }
    }

    /// Registers the lead agency a row names, so agencies are listed in the order rows name them.
    mutating func registerLead(_ row: SheetRow) {
        let code = cell(row, .leadCode), name = cell(row, .leadName), type = cell(row, .leadType), local = cell(row, .leadLocal)
        guard let anchor = code ?? name else {
            if let c = type ?? local { error(at: c, code: "sheet-no-agency", "an organisation type or local flag is given but no organisation code or name") }
            return
        }
        let id = code.map { Self.agencyID($0.text) } ?? SheetWords.slug(name!.text)
        if let refusal = IdentifierRule.refusal(of: id, naming: "organisation code") {
            error(at: anchor, code: "malformed-id", refusal)
            return
        }
        register(Agency.ID(id), name: name, type: type, local: local, at: anchor)
    }

    /// The lead agency of a draft (registered as its rows were read).
    func lead(of draft: Draft) -> Agency.ID? {
        let code = draft.scalars[.leadCode], name = draft.scalars[.leadName]
        guard let id = code.map({ Self.agencyID($0.text) }) ?? name.map({ SheetWords.slug($0.text) }), agencyIndex[Agency.ID(id)] != nil else { return nil }
        return Agency.ID(id)
    }

    /// An organisation's id from its code: the code when it is one (`UNICEF`), else made
    /// from it (`OHAV RDC` is `ohav-rdc`), as partners write acronyms with spaces.
    static func agencyID(_ code: String) -> String {
        Identifier<Never>.isWellFormed(code) ? code : SheetWords.slug(code)
    }
}

extension SheetVocabulary {
    /// Whether the import marks an agency of this type local: national NGOs, community-based
    /// organisations and government are local and national actors by definition.
    public static func isLocal(_ type: AgencyType) -> Bool {
        type == .nationalNGO || type == .communityBased || type == .government
    }
}
