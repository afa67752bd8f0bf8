/// The values of the format's attributes, read as leniently as the structure checker
/// needs: a value these do not take is one the checker reports.
extension ProgrammeBuilder {
    /// `0|[1-9][0-9]{0,8}`; anything else is left to the structure checker to report.
    static func integer(_ text: String) -> Int? {
        let u = text.utf8
        guard !u.isEmpty, u.count <= 9, u.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        if u.count > 1 && u.first == 0x30 { return nil }
        return Int(text)
    }

    static func boolean(_ text: String) -> Bool? {
        text == "true" ? true : text == "false" ? false : nil
    }

    static func tokens(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).map(String.init)
    }
}
