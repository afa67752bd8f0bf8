import SocioEcoFormats
import SocioEcoModel

/// Turns the JSON body of an edit into a model value, starting from the element it
/// replaces so that what JSON does not show (extension content, merge origins) is kept.
///
/// Wrong JSON types are `malformed` (400); values the format refuses by their shape (a
/// phase it does not know, a day that does not exist) are `invalid` (422). The format's
/// rules over the whole programme are checked afterwards, by `Programme.problems()`.
struct EditDecoder {
    enum Failure: Error {
        case malformed([FieldProblem])
        case invalid([FieldProblem])
    }

    private var malformed: [FieldProblem] = []
    private var invalid: [FieldProblem] = []
    private let fields: [String: JSONIn]

    private init(_ body: JSONIn) throws(Failure) {
        guard case .object(let fields) = body else {
            throw .malformed([FieldProblem(field: "", message: "the body must be a JSON object, not \(body.typeName)")])
        }
        self.fields = fields
    }

    private func finish() throws(Failure) {
        if !malformed.isEmpty { throw .malformed(malformed) }
        if !invalid.isEmpty { throw .invalid(invalid) }
    }

    // MARK: The three kinds of element

    static func intervention(_ body: JSONIn, id: Intervention.ID, base: Intervention?) throws(Failure) -> Intervention {
        var d = try EditDecoder(body)
        d.checkID(id)
        var i = base ?? Intervention(id: id, title: "", levels: [])
        i.id = id
        i.title = d.requiredText("title", what: "a title")
        i.description = d.optionalText("description")
        i.lead = d.optionalID("lead")
        i.phase = d.optionalWord("phase", Phase.self)
        i.status = d.optionalWord("status", InterventionStatus.self)
        i.levels = d.ids("levels")
        i.standards = d.ids("standards")
        i.reaches = d.reaches()
        i.partners = d.ids("partners")
        i.places = d.ids("places")
        i.start = d.optionalDate("start")
        i.end = d.optionalDate("end")
        i.indicators = d.indicators()
        i.dependsOn = d.ids("dependsOn")
        try d.finish()
        return i
    }

    static func agency(_ body: JSONIn, id: Agency.ID, base: Agency?) throws(Failure) -> Agency {
        var d = try EditDecoder(body)
        d.checkID(id)
        var a = base ?? Agency(id: id, name: "", type: .other)
        a.id = id
        a.name = d.requiredText("name", what: "a name")
        a.type = d.requiredWord("type", AgencyType.self) ?? a.type
        a.local = d.optionalBool("local")
        try d.finish()
        return a
    }

    static func place(_ body: JSONIn, id: Place.ID, base: Place?) throws(Failure) -> Place {
        var d = try EditDecoder(body)
        d.checkID(id)
        var p = base ?? Place(id: id, name: "")
        p.id = id
        p.name = d.requiredText("name", what: "a name")
        p.pcode = d.optionalText("pcode")
        p.adminLevel = d.optionalAdminLevel()
        p.parent = d.optionalID("parent")
        try d.finish()
        return p
    }

    /// Checks what a body says on its own, whatever the state: JSON types and the shape
    /// of values. A request that fails here is refused as it stands, stale or not.
    static func check(_ body: JSONIn, _ collection: ElementCollection, id addressed: String?) throws(Failure) {
        var id = addressed ?? "new"
        if addressed == nil, let given = try givenID(body) { id = given }
        switch collection {
        case .interventions: _ = try intervention(body, id: .init(id), base: nil)
        case .agencies: _ = try agency(body, id: .init(id), base: nil)
        case .places: _ = try place(body, id: .init(id), base: nil)
        }
    }

    /// The id a body gives, if any: a POST may name the new element's id.
    static func givenID(_ body: JSONIn) throws(Failure) -> String? {
        guard case .object(let fields) = body else {
            throw .malformed([FieldProblem(field: "", message: "the body must be a JSON object, not \(body.typeName)")])
        }
        switch fields["id"] {
        case nil, .null?: return nil
        case .string(let s)?: return s
        case let other?: throw .malformed([FieldProblem(field: "id", message: "must be a string, not \(other.typeName)")])
        }
    }

    // MARK: Fields

    /// An id in the body must be the one the address names: an element is renamed by
    /// deleting it and adding another, so that no reference silently breaks.
    private mutating func checkID(_ id: some CustomStringConvertible) {
        let _: Identifier<Never> = identifier("id", id.description)
        switch fields["id"] {
        case nil, .null?: break
        case .string(let s)?:
            if s != id.description { invalid.append(FieldProblem(field: "id", message: "the id cannot change here ('\(s)' in the body, '\(id)' in the address); add a new element instead")) }
        case let other?: wrongType("id", "a string", other)
        }
    }

    private mutating func wrongType(_ field: String, _ expected: String, _ got: JSONIn) {
        malformed.append(FieldProblem(field: field, message: "must be \(expected), not \(got.typeName)"))
    }

    private mutating func text(_ field: String, _ value: JSONIn?) -> String? {
        switch value {
        case nil, .null?: return nil
        case .string(let s)?:
            if !XMLEscaping.isXMLText(s) {
                invalid.append(FieldProblem(field: field, message: "holds a control character that a programme file cannot hold; remove it"))
            }
            return s
        case let other?:
            wrongType(field, "a string", other)
            return nil
        }
    }

    private mutating func requiredText(_ field: String, what: String) -> String {
        guard let s = text(field, fields[field]) else {
            if malformed.allSatisfy({ $0.field != field }) { invalid.append(FieldProblem(field: field, message: "give \(what)")) }
            return ""
        }
        return s
    }

    /// An optional text; an empty one counts as left out, as an empty form field does.
    private mutating func optionalText(_ field: String) -> String? {
        guard let s = text(field, fields[field]), !s.isEmpty else { return nil }
        return s
    }

    private mutating func optionalID<T>(_ field: String) -> Identifier<T>? {
        optionalText(field).map { identifier(field, $0) }
    }

    /// An id, its shape checked here with the format's own rule: that needs no state.
    private mutating func identifier<T>(_ field: String, _ text: String) -> Identifier<T> {
        if let refusal = IdentifierRule.refusal(of: text, naming: "the id") {
            invalid.append(FieldProblem(field: field, message: refusal))
        }
        return Identifier(text)
    }

    private mutating func optionalBool(_ field: String) -> Bool? {
        switch fields[field] {
        case nil, .null?: return nil
        case .bool(let b)?: return b
        case let other?:
            wrongType(field, "true or false", other)
            return nil
        }
    }

    private mutating func optionalWord<W: RawRepresentable & CaseIterable>(_ field: String, _: W.Type) -> W? where W.RawValue == String {
        guard let s = optionalText(field) else { return nil }
        guard let word = W(rawValue: s) else {
            invalid.append(FieldProblem(field: field, message: "'\(s)' is not one of " + W.allCases.map(\.rawValue).joined(separator: ", ")))
            return nil
        }
        return word
    }

    private mutating func requiredWord<W: RawRepresentable & CaseIterable>(_ field: String, _ type: W.Type) -> W? where W.RawValue == String {
        if optionalText(field) == nil, malformed.allSatisfy({ $0.field != field }) {
            invalid.append(FieldProblem(field: field, message: "choose one of " + W.allCases.map(\.rawValue).joined(separator: ", ")))
            return nil
        }
        return optionalWord(field, type)
    }

    private mutating func optionalDate(_ field: String) -> CalendarDate? {
        guard let s = optionalText(field) else { return nil }
        guard let day = CalendarDate(s) else {
            invalid.append(FieldProblem(field: field, message: "'\(s)' is not a day; write a real day as YYYY-MM-DD, such as 2024-07-01"))
            return nil
        }
        return day
    }

    private mutating func optionalAdminLevel() -> Int? {
        switch fields["adminLevel"] {
        case nil, .null?: return nil
        case .number(let n)?:
            guard n == n.rounded(), n >= Double(Place.adminLevels.lowerBound), n <= Double(Place.adminLevels.upperBound) else {
                invalid.append(FieldProblem(field: "adminLevel", message: "must be a whole number from 0 (the country) to 5"))
                return nil
            }
            return Int(n)
        case let other?:
            wrongType("adminLevel", "a number from 0 to 5", other)
            return nil
        }
    }

    private mutating func array(_ field: String) -> [(String, JSONIn)] {
        switch fields[field] {
        case nil, .null?: return []
        case .array(let items)?: return items.enumerated().map { ("\(field)[\($0.offset)]", $0.element) }
        case let other?:
            wrongType(field, "an array", other)
            return []
        }
    }

    private mutating func ids<T>(_ field: String) -> [Identifier<T>] {
        array(field).compactMap { name, value in text(name, value).map { identifier(name, $0) } }
    }

    private mutating func reaches() -> [PopulationGroup] {
        array("reaches").compactMap { name, value in
            // The format's reaches element, as an object.
            guard case .object(let o) = value else {
                wrongType(name, "an object such as {\"group\": \"girls\"}", value)
                return nil
            }
            guard let group = text(name + ".group", o["group"]) else {
                if malformed.allSatisfy({ $0.field != name + ".group" }) {
                    invalid.append(FieldProblem(field: name + ".group", message: "name the group reached"))
                }
                return nil
            }
            return identifier(name + ".group", group)
        }
    }

    private mutating func indicators() -> [Indicator] {
        array("indicators").compactMap { name, value in
            guard case .object(let o) = value else {
                wrongType(name, "an object", value)
                return nil
            }
            let id = text(name + ".id", o["id"])
            let words = text(name + ".text", o["text"])
            if id == nil, malformed.allSatisfy({ $0.field != name + ".id" }) {
                invalid.append(FieldProblem(field: name + ".id", message: "give the indicator an id"))
            }
            if words == nil, malformed.allSatisfy({ $0.field != name + ".text" }) {
                invalid.append(FieldProblem(field: name + ".text", message: "say what the indicator measures"))
            }
            var target: DecimalNumber?
            switch o["target"] {
            case nil, .null?: break
            case .string(let s)? where s.isEmpty: break
            case .string(let s)?:
                target = DecimalNumber(s)
                if target == nil {
                    invalid.append(FieldProblem(field: name + ".target", message: "'\(s)' is not a target as the format writes them, such as 75 or 0.5; use no sign, exponent, leading zeros or spaces"))
                }
            case .number(let n)? where n >= 0 && n == n.rounded() && n < 1e15:
                target = DecimalNumber(String(Int(n)))
            case let other?:
                wrongType(name + ".target", "a decimal written as a string, such as \"0.5\"", other)
            }
            var unit: IndicatorUnit?
            if let u = text(name + ".unit", o["unit"]), !u.isEmpty {
                unit = IndicatorUnit(rawValue: u)
                if unit == nil {
                    invalid.append(FieldProblem(field: name + ".unit", message: "'\(u)' is not one of " + IndicatorUnit.allCases.map(\.rawValue).joined(separator: ", ")))
                }
            }
            return Indicator(id: id.map { identifier(name + ".id", $0) } ?? "", target: target, unit: unit, text: words ?? "")
        }
    }
}
