import SocioEcoModel
import Testing

@Suite("The risks each crisis type is expected to address")
struct ExpectedRiskTests {
    @Test("one row per crisis type, in declaration order")
    func everyCrisisHasARow() {
        #expect(CrisisType.expectedRiskTable.map(\.crisis) == CrisisType.allCases)
    }

    @Test("every expected risk is a Pillar 2 standard named once per row, with a one-sentence reason")
    func pillarTwo() {
        #expect(Self.problems(CrisisType.expectedRiskTable) == [])
    }

    @Test("the checks catch broken rows")
    func checksCanFail() {
        let broken: [(crisis: CrisisType, risks: [ExpectedRisk])] = [
            (.epidemic, [
                ExpectedRisk(standard: "24", reason: "Health services are overwhelmed."),
                ExpectedRisk(standard: "99", reason: "Nobody knows."),
                ExpectedRisk(standard: "10", reason: "children grieve. They are alone"),
                ExpectedRisk(standard: "10", reason: "Schools close\u{1B}."),
            ]),
        ]
        #expect(Self.problems(broken) == [
            "epidemic: standard 24 is in Pillar 4",
            "epidemic: no standard 99",
            "epidemic 10: reason does not start with a capital",
            "epidemic 10: reason does not end with a full stop",
            "epidemic 10: reason holds more than one sentence",
            "epidemic 10: control character in the reason",
            "epidemic names a risk twice",
        ])
    }

    static func problems(_ table: [(crisis: CrisisType, risks: [ExpectedRisk])]) -> [String] {
        var problems: [String] = []
        for (crisis, risks) in table {
            for risk in risks {
                if let standard = Framework.cpms2019.standard(risk.standard) {
                    if standard.pillar != 2 { problems.append("\(crisis): standard \(risk.standard) is in Pillar \(standard.pillar)") }
                } else {
                    problems.append("\(crisis): no standard \(risk.standard)")
                }
                let r = risk.reason
                func add(_ text: String) { problems.append("\(crisis) \(risk.standard): \(text)") }
                if r.first?.isUppercase != true { add("reason does not start with a capital") }
                if !r.hasSuffix(".") { add("reason does not end with a full stop") }
                if r.dropLast().contains(".") { add("reason holds more than one sentence") }
                if r.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
                    add("control character in the reason")
                }
            }
            if Set(risks.map(\.standard)).count != risks.count { problems.append("\(crisis) names a risk twice") }
        }
        return problems
    }

    @Test("the risks every reading of the CPMS would expect",
          arguments: [
              (CrisisType.armedConflict, ["11", "7"]),
              (.naturalDisaster, ["13", "7"]),
              (.displacement, ["13", "9", "12"]),
              (.mixedMigration, ["13", "9", "12"]),
              (.epidemic, ["13", "10"]),
              (.complex, ["11", "13"]),
          ] as [(CrisisType, [Standard.ID])])
    func expected(crisis: CrisisType, standards: [Standard.ID]) {
        let found = crisis.expectedRisks.map(\.standard)
        for standard in standards {
            #expect(found.contains(standard), "\(crisis) lacks standard \(standard)")
        }
    }

    @Test("an unspecified crisis expects nothing; the lookup reads the table")
    func lookup() {
        #expect(CrisisType.other.expectedRisks.isEmpty)
        for (crisis, risks) in CrisisType.expectedRiskTable {
            #expect(crisis.expectedRisks == risks)
        }
        #expect(ExpectedRisk.provenance == "socioeco's reading of the CPMS 2019, not CPMS text")
    }
}
