import SocioEcoModel
import Testing

@Suite("The built-in CPMS 2019 catalogue")
struct CatalogueTests {
    /// The table of the format specification, row by row: id, pillar, title, main levels.
    static let table: [(String, Int, String, String)] = [
        ("1", 1, "Coordination", ""),
        ("2", 1, "Human resources", ""),
        ("3", 1, "Communication and advocacy", ""),
        ("4", 1, "Programme cycle management", ""),
        ("5", 1, "Information management", ""),
        ("6", 1, "Child protection monitoring", ""),
        ("7", 2, "Dangers and injuries", ""),
        ("8", 2, "Physical and emotional maltreatment", ""),
        ("9", 2, "Sexual and gender-based violence", ""),
        ("10", 2, "Mental health and psychosocial distress", ""),
        ("11", 2, "Children associated with armed forces or armed groups", ""),
        ("12", 2, "Child labour", ""),
        ("13", 2, "Unaccompanied and separated children", ""),
        ("14", 3, "Applying a socio-ecological approach to child protection programming", "child family community society"),
        ("15", 3, "Group activities for child well-being", "child"),
        ("16", 3, "Strengthening family and caregiving environments", "family"),
        ("17", 3, "Community-level approaches", "community"),
        ("18", 3, "Case management", "child family"),
        ("19", 3, "Alternative care", "child family"),
        ("20", 3, "Justice for children", "child society"),
        ("21", 4, "Food security and child protection", ""),
        ("22", 4, "Livelihoods and child protection", ""),
        ("23", 4, "Education and child protection", ""),
        ("24", 4, "Health and child protection", ""),
        ("25", 4, "Nutrition and child protection", ""),
        ("26", 4, "WASH and child protection", ""),
        ("27", 4, "Shelter and settlement and child protection", ""),
        ("28", 4, "Camp management and child protection", ""),
    ]

    @Test("every row of the specification's table, and nothing more")
    func everyRow() {
        let fw = Framework.cpms2019
        #expect(fw.standards.count == Self.table.count)
        for (i, row) in Self.table.enumerated() {
            let s = fw.standards[i]
            #expect(s.id.rawValue == row.0)
            #expect(s.pillar == row.1)
            #expect(s.title == row.2)
            #expect(s.mainLevels.map(\.rawValue).joined(separator: " ") == row.3)
            #expect(s.isStrategy == (row.1 == 3), "standard \(row.0): only Pillar 3 are strategies")
        }
    }

    @Test("four levels, child innermost, society outermost")
    func levels() {
        let fw = Framework.cpms2019
        #expect(fw.levelsByRank.map(\.id.rawValue) == ["child", "family", "community", "society"])
        #expect(fw.levelsByRank.map(\.rank) == [1, 2, 3, 4])
        #expect(fw.strategies.map(\.id.rawValue) == ["14", "15", "16", "17", "18", "19", "20"])
        #expect(fw.displayID == "cpms-2019")
    }

    @Test("ids compare as strings: 014 is not 14")
    func idsAreStrings() {
        #expect(Framework.cpms2019.standard("14") != nil)
        #expect(Framework.cpms2019.standard("014") == nil)
    }
}
