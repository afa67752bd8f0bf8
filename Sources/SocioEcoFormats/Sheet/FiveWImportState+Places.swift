import SocioEcoModel

extension FiveWImportState {
    /// The admin levels a row's place columns run through, top down: the country, admin
    /// levels 1 to 5, then the location (`#loc`, no admin level).
    static let placeLevels: [Int?] = [0, 1, 2, 3, 4, 5, nil]

    /// The place a row works in: the deepest of the path its place columns make, each step
    /// found among the places already read (by p-code, else by name under the same parent)
    /// or added.
    mutating func readPlace(_ row: SheetRow) -> Place.ID? {
        var parent: Place.ID?
        let idCell = cell(row, .placeID)
        var given: Place.ID?
        if let idCell {
            if let refusal = IdentifierRule.refusal(of: idCell.text, naming: "place id") {
                error(at: idCell, code: "malformed-id", refusal)
            } else {
                given = Place.ID(idCell.text)
            }
        }
        let deepest = Self.placeLevels.lastIndex { cell(row, .placeName, adminLevel: $0) != nil || cell(row, .placeCode, adminLevel: $0) != nil }
        for (n, level) in Self.placeLevels.enumerated() {
            let name = cell(row, .placeName, adminLevel: level)
            let code = cell(row, .placeCode, adminLevel: level)
            guard name != nil || code != nil else { continue }
            if let code, let i = placeByPcode[code.text] {
                let place = places[i]
                if place.parent != parent {
                    // P-codes nest: SO2501 lies in SO25. When the place it was first read
                    // under is the one its p-code names, that p-code settles a row that puts
                    // it elsewhere.
                    if let above = place.parent.flatMap({ id in places.first { $0.id == id } }), let abovePcode = above.pcode,
                       code.text.hasPrefix(abovePcode), code.text != abovePcode {
                        let here = parent.flatMap { id in places.first { $0.id == id }?.name } ?? "no place"
                        note(row: code.row, column: code.column, code: "sheet-place",
                             "p-code '\(code.text)' ('\(place.name)') lies in '\(above.name)' (\(abovePcode)), as its p-code and earlier rows say; this row's '\(here)' is not taken for it")
                    } else {
                        error(at: code, code: "sheet-place",
                              "p-code '\(code.text)' names '\(place.name)' elsewhere in the sheet, under another place; a p-code names one place")
                        return nil
                    }
                }
                if let name, name.text != place.name {
                    error(at: name, code: "sheet-place",
                          "place '\(name.text)' has p-code '\(code.text)', which an earlier row gives to '\(place.name)'; use one name")
                    return nil
                }
                parent = place.id
            } else if code == nil, let name, let i = placeByName[PlaceKey(parent: parent, adminLevel: level, name: name.text)] {
                parent = places[i].id
            } else {
                let id = n == deepest && given.map({ !placeIDs.contains($0) }) == true
                    ? given! : newPlaceID(pcode: code?.text, name: name?.text ?? code!.text)
                let place = Place(id: id, name: name?.text ?? code!.text, pcode: code?.text, adminLevel: level, parent: parent)
                if let code { placeByPcode[code.text] = places.count }
                let key = PlaceKey(parent: parent, adminLevel: level, name: place.name)
                if placeByName[key] == nil { placeByName[key] = places.count }
                places.append(place)
                placeIDs.insert(id)
                parent = id
            }
        }
        if let idCell, let given {
            if deepest == nil {
                error(at: idCell, code: "sheet-place", "place id '\(given)' is given but no place: fill in the place's name or p-code")
            } else if parent != given {
                error(at: idCell, code: "sheet-place",
                      "place id '\(given)' is given to another place of the sheet; this row's place is '\(parent.map(\.rawValue) ?? "")'")
                return nil
            }
        }
        return parent
    }

    /// A place's id: its p-code when that is a valid id, else made from its name, with
    /// `-2`, `-3`... added when another place has it already.
    mutating func newPlaceID(pcode: String?, name: String) -> Place.ID {
        let base = pcode.flatMap { Identifier<Place>.isWellFormed($0) ? $0 : nil } ?? SheetWords.slug(name, fallback: "place")
        var candidate = base
        var n = 1
        while placeIDs.contains(Place.ID(candidate)) {
            n += 1
            let suffix = "-\(n)"
            candidate = String(base.prefix(64 - suffix.count)) + suffix
        }
        return Place.ID(candidate)
    }
}
