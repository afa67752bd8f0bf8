extension Framework {
    /// The 2019 Minimum Standards for Child Protection in Humanitarian Action: four
    /// levels and 28 standards, as tabled in the programme format.
    ///
    /// "Main levels" is this project's reading of where each strategy's key actions
    /// mainly act, not a line of the CPMS text.
    public static let cpms2019: Framework = {
        let levels = [
            Level(id: "child", rank: 1, label: "Child"),
            Level(id: "family", rank: 2, label: "Family and caregivers"),
            Level(id: "community", rank: 3, label: "Community"),
            Level(id: "society", rank: 4, label: "Society and socio-cultural norms"),
        ]
        let rows: [(String, Int, String, [Level.ID])] = [
            ("1", 1, "Coordination", []),
            ("2", 1, "Human resources", []),
            ("3", 1, "Communication and advocacy", []),
            ("4", 1, "Programme cycle management", []),
            ("5", 1, "Information management", []),
            ("6", 1, "Child protection monitoring", []),
            ("7", 2, "Dangers and injuries", []),
            ("8", 2, "Physical and emotional maltreatment", []),
            ("9", 2, "Sexual and gender-based violence", []),
            ("10", 2, "Mental health and psychosocial distress", []),
            ("11", 2, "Children associated with armed forces or armed groups", []),
            ("12", 2, "Child labour", []),
            ("13", 2, "Unaccompanied and separated children", []),
            ("14", 3, "Applying a socio-ecological approach to child protection programming",
             ["child", "family", "community", "society"]),
            ("15", 3, "Group activities for child well-being", ["child"]),
            ("16", 3, "Strengthening family and caregiving environments", ["family"]),
            ("17", 3, "Community-level approaches", ["community"]),
            ("18", 3, "Case management", ["child", "family"]),
            ("19", 3, "Alternative care", ["child", "family"]),
            ("20", 3, "Justice for children", ["child", "society"]),
            ("21", 4, "Food security and child protection", []),
            ("22", 4, "Livelihoods and child protection", []),
            ("23", 4, "Education and child protection", []),
            ("24", 4, "Health and child protection", []),
            ("25", 4, "Nutrition and child protection", []),
            ("26", 4, "WASH and child protection", []),
            ("27", 4, "Shelter and settlement and child protection", []),
            ("28", 4, "Camp management and child protection", []),
        ]
        let standards = rows.map { id, pillar, title, main in
            Standard(id: Standard.ID(id), pillar: pillar, isStrategy: pillar == 3, title: title, mainLevels: main,
                     isApproach: Standard.ID(id) == socioEcologicalApproach)
        }
        return Framework(kind: .cpms2019, levels: levels, standards: standards)
    }()

    /// The CPMS standard that asks a programme as a whole to work at every level.
    public static let socioEcologicalApproach: Standard.ID = "14"

    /// Titles of the four CPMS 2019 pillars.
    public static let cpms2019Pillars: [Int: String] = [
        1: "Standards to ensure a quality child protection response",
        2: "Standards on child protection risks",
        3: "Standards to develop adequate strategies",
        4: "Standards to work across sectors",
    ]
}
