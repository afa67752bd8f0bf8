import SocioEcoModel

/// The simple types of the XSD that attributes use, with the lexical rules the schema
/// gives them.
enum ValueType: CaseIterable, Sendable {
    case id, idList, nonNegativeInteger, positiveInteger, decimal, boolean, date, string, nonBlankText
    case frameworkKind, crisis, agencyType, phase, phaseList, status, unit, adminLevel

    /// What is wrong with `value`, or nil when the type accepts it.
    ///
    /// Every type but `date` derives from `xs:string`, so surrounding whitespace is
    /// part of the value and breaks the pattern.
    func problem(with value: String) -> ValueProblem? {
        switch self {
        case .string:
            return nil
        case .nonBlankText:
            return value.utf8.allSatisfy(ValueType.isWhitespace)
                ? .invalid("is blank; write at least one character that is not whitespace") : nil
        case .id:
            return Identifier<Never>.isWellFormed(value) ? nil : .invalid("is not a valid id; " + IdentifierRule.advice)
        case .idList:
            return ValueType.idListProblem(value)
        case .nonNegativeInteger:
            return ValueType.isInteger(value, allowsZero: true) ? nil : .invalid(
                "is not a whole number as the format writes them; use 0 or 1 to 999999999, with no sign, leading zeros or spaces")
        case .positiveInteger:
            return ValueType.isInteger(value, allowsZero: false) ? nil : .invalid(
                "is not a positive whole number as the format writes them; use 1 to 999999999, with no sign, leading zeros or spaces")
        case .decimal:
            return ValueType.isDecimal(value) ? nil : .invalid(
                "is not a non-negative decimal as the format writes them, such as 75 or 0.5; use no sign, exponent, leading zeros or spaces")
        case .boolean:
            return value == "true" || value == "false" ? nil : .invalid("must be true or false")
        case .date:
            return ValueType.dateProblem(value)
        case .frameworkKind:
            return value == "cpms-2019" || value == "custom" ? nil : .invalid("must be cpms-2019 or custom")
        case .crisis:
            return CrisisType(rawValue: value) != nil ? nil : ValueType.oneOf(CrisisType.allCases.map(\.rawValue))
        case .agencyType:
            return AgencyType(rawValue: value) != nil ? nil : ValueType.oneOf(AgencyType.allCases.map(\.rawValue))
        case .phase:
            return Phase(rawValue: value) != nil ? nil : ValueType.oneOf(Phase.allCases.map(\.rawValue))
        case .phaseList:
            return ValueType.phaseListProblem(value)
        case .status:
            return InterventionStatus(rawValue: value) != nil ? nil : ValueType.oneOf(InterventionStatus.allCases.map(\.rawValue))
        case .unit:
            return IndicatorUnit(rawValue: value) != nil ? nil : ValueType.oneOf(IndicatorUnit.allCases.map(\.rawValue))
        case .adminLevel:
            return ValueType.adminLevel(value) != nil ? nil : .invalid(
                "is not an admin level; use one digit from 0 (the country) to 5, with no sign or spaces")
        }
    }

    /// The XSD's name for the type, without its namespace prefix.
    var schemaName: String {
        switch self {
        case .id: "Id"
        case .idList: "NonEmptyIdList"
        case .nonNegativeInteger: "NonNegativeInteger"
        case .positiveInteger: "PositiveInteger"
        case .decimal: "NonNegativeDecimal"
        case .boolean: "Boolean"
        case .date: "Date"
        case .string: "string"
        case .nonBlankText: "NonBlankText"
        case .frameworkKind: "FrameworkKind"
        case .crisis: "Crisis"
        case .agencyType: "AgencyType"
        case .phase: "Phase"
        case .phaseList: "PhaseList"
        case .status: "Status"
        case .unit: "Unit"
        case .adminLevel: "AdminLevel"
        }
    }

    /// The values an enumerated type accepts, in the order the schema lists them; nil
    /// for a type given by a pattern.
    var enumeration: [String]? {
        switch self {
        case .boolean: ["true", "false"]
        case .frameworkKind: Framework.Kind.allCases.map(\.rawValue)
        case .crisis: CrisisType.allCases.map(\.rawValue)
        case .agencyType: AgencyType.allCases.map(\.rawValue)
        case .phase: Phase.allCases.map(\.rawValue)
        case .status: InterventionStatus.allCases.map(\.rawValue)
        case .unit: IndicatorUnit.allCases.map(\.rawValue)
        case .id, .idList, .nonNegativeInteger, .positiveInteger, .decimal, .date, .string, .nonBlankText, .adminLevel: nil
        // A list type: its items are `Phase`, whose values the schema lists there.
        case .phaseList: nil
        }
    }

    private static func oneOf(_ words: [String]) -> ValueProblem {
        .invalid("is not one of " + words.joined(separator: ", "))
    }

    /// XML's whitespace characters, the ones `xs:list` and `xs:token` collapse.
    static func isWhitespace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
    }

    /// `0|[1-9][0-9]{0,8}`, or `[1-9][0-9]{0,8}` without zero.
    static func isInteger(_ text: String, allowsZero: Bool) -> Bool {
        let u = text.utf8
        guard let first = u.first, u.count <= 9, u.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        return first != 0x30 || (allowsZero && u.count == 1)
    }

    /// `[0-5]`: the admin level the text names, or nil.
    static func adminLevel(_ text: String) -> Int? {
        let u = text.utf8
        guard u.count == 1, let d = u.first, d >= 0x30 && d <= 0x35 else { return nil }
        return Int(d - 0x30)
    }

    /// `(0|[1-9][0-9]*)(\.[0-9]+)?`, of any length.
    static func isDecimal(_ text: String) -> Bool {
        var it = text.utf8.makeIterator()
        func digit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
        guard let first = it.next(), digit(first) else { return false }
        var c = it.next()
        if first != 0x30 { while let d = c, digit(d) { c = it.next() } }
        guard let point = c else { return true }
        guard point == UInt8(ascii: "."), let fraction = it.next(), digit(fraction) else { return false }
        while let d = it.next() { if !digit(d) { return false } }
        return true
    }

    /// `xs:date` restricted to `[0-9]{4}-[0-9]{2}-[0-9]{2}`, naming a real day. The
    /// schema collapses whitespace around a date first; the format does not.
    static func dateProblem(_ text: String) -> ValueProblem? {
        if CalendarDate(text) != nil { return nil }
        if CalendarDate(text.trimmingWhitespace()) != nil { return .spacedDate }
        return .invalid("is not a date; write a real day as YYYY-MM-DD, with no time or time zone")
    }

    /// One or more ids separated by whitespace (`xs:list` of `Id`, at least one item).
    static func idListProblem(_ text: String) -> ValueProblem? {
        let items = text.utf8.split(whereSeparator: isWhitespace)
        if items.isEmpty { return .invalid("lists no level; give one or more level ids separated by spaces, or leave the attribute out") }
        for item in items where !Identifier<Never>.isWellFormed(String(decoding: item, as: UTF8.self)) {
            return .invalid("holds '\(String(decoding: item, as: UTF8.self))', which is not a valid id; \(IdentifierRule.advice), and separate level ids with spaces")
        }
        return nil
    }
}

extension ValueType {
    /// One or more phases separated by whitespace (`xs:list` of `Phase`, at least one item).
    static func phaseListProblem(_ text: String) -> ValueProblem? {
        let items = text.utf8.split(whereSeparator: isWhitespace)
        let phases = Phase.allCases.map(\.rawValue).joined(separator: ", ")
        if items.isEmpty { return .invalid("lists no phase; give one or more of \(phases) separated by spaces, or leave the attribute out") }
        for item in items where Phase(rawValue: String(decoding: item, as: UTF8.self)) == nil {
            return .invalid("holds '\(String(decoding: item, as: UTF8.self))', which is not a phase; use \(phases), separated by spaces")
        }
        return nil
    }
}

/// Why an attribute value is refused.
enum ValueProblem: Equatable, Sendable {
    /// The value breaks its type; the text completes "attribute 'x' ... 'value' ...".
    case invalid(String)
    /// A date that the XSD accepts (it trims whitespace) and the format does not.
    case spacedDate
}
