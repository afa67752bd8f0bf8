import SocioEcoModel
import Testing

@Suite("The risks each crisis type is expected to address")
struct ExpectedRiskTests {
    @Test("one row per crisis type, in declaration order")
    func everyCrisisHasARow() {
        #expect(CrisisType.expectedRiskTable.map(\.crisis) == CrisisType.allCases)
    }

    @Test("every expected risk is a Pillar 2 standard, named once per row")
    func pillarTwo() throws {
        for (crisis, risks) in CrisisType.expectedRiskTable {
            for risk in risks {
                let standard = try #require(Framework.cpms2019.standard(risk.standard), "\(crisis): no standard \(risk.standard)")
                #expect(standard.pillar == 2, "\(crisis): standard \(risk.standard) is in Pillar \(standard.pillar)")
            }
            #expect(Set(risks.map(\.standard)).count == risks.count, "\(crisis) names a risk twice")
        }
    }

    @Test("each reason is one plain sentence")
    func reasons() {
        for (crisis, risks) in CrisisType.expectedRiskTable {
            for risk in risks {
                let r = risk.reason
                #expect(r.first?.isUppercase == true, "\(crisis) \(risk.standard)")
                #expect(r.hasSuffix("."), "\(crisis) \(risk.standard)")
                #expect(!r.dropLast().contains("."), "\(crisis) \(risk.standard): more than one sentence")
                #expect(!r.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) },
                        "\(crisis) \(risk.standard): control character")
            }
        }
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
