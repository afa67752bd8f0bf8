import SocioEcoAnalysis
import SocioEcoFormats
import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// Expected numbers worked out by hand from the files in Models/.
@Suite struct ModelCoverageTests {
    func analysis(_ name: String) throws -> CoverageAnalysis {
        CoverageAnalysis(programme: try ProgrammeReader().read(contentsOf: Paths.model(name)))
    }

    func matrix(_ a: CoverageAnalysis) -> [[Int]] { a.matrix.rows.map(\.counts) }
    func codes(_ a: CoverageAnalysis, _ code: Finding.Code) -> [Finding.Subject] {
        a.findings.filter { $0.code == code }.map(\.subject)
    }

    @Test func earthquakeLeavesSocietyUncovered() throws {
        let a = try analysis("earthquake-response.xml")
        #expect(a.levels.map(\.level.id) == ["child", "family", "community", "society"])
        #expect(a.levels.map(\.interventions.count) == [11, 7, 8, 0])
        #expect(a.matrix.strategies == ["14", "15", "16", "17", "18", "19", "20"])
        #expect(matrix(a) == [[0, 2, 0, 0, 3, 1, 0], [0, 0, 2, 0, 2, 1, 0], [0, 1, 0, 1, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0]])
        #expect(!a.approach.isMet && a.approach.uncoveredLevels == ["society"] && a.approach.standard == "14")
        #expect(a.phaseMatrix.rows.map(\.counts) == [[1, 2, 8], [0, 0, 7], [1, 2, 5], [0, 0, 0]])
        #expect(a.phaseMatrix.rows.map(\.unspecified) == [0, 0, 0, 0])
        #expect(a.risks.map(\.levels) == [
            ["child", "family", "community"], ["child", "family"], ["child", "family", "community"],
            ["child", "family", "community"], [], ["child", "community"], ["child", "family", "community"]])
        #expect(a.localisation.map(\.locallyLed) == [5, 2, 2, 0])
        #expect(codes(a, .uncoveredLevel) == [.level("society")])
        #expect(codes(a, .strategyUnused) == [.standard("20")])
        #expect(codes(a, .interventionWithoutStrategy) == [
            "cp-assessment", "anti-trafficking", "shelter-safety", "tls-safety", "child-labour-reconstruction",
            "injury-disability", "school-drr"].map { .intervention(Intervention.ID($0)) })
        #expect(codes(a, .strategyOffLevel).isEmpty)
        #expect(codes(a, .riskSingleLevel).isEmpty)
        #expect(codes(a, .groupNotReached) == [.group("children-with-disabilities", "community")])
        #expect(codes(a, .noLocalLead).isEmpty)
        #expect(codes(a, .missingIndicator) == ["cp-assessment", "shelter-safety", "child-labour-reconstruction", "school-drr"]
            .map { .intervention(Intervention.ID($0)) })
        // A natural disaster's expected risks (13 and 7) are both addressed, and no
        // intervention starts before what it depends on.
        #expect(codes(a, .expectedRiskUnaddressed).isEmpty && codes(a, .dependencyOutOfOrder).isEmpty)
        #expect(a.findings.count == 14)
        #expect(a.errorCount == 1)
    }

    @Test func cholera() throws {
        let a = try analysis("cholera-epidemic-response.xml")
        #expect(a.levels.map(\.interventions.count) == [6, 5, 6, 3])
        #expect(matrix(a) == [[0, 2, 0, 0, 2, 1, 0], [0, 1, 1, 0, 2, 1, 0], [0, 1, 0, 2, 0, 0, 0], [1, 0, 0, 2, 0, 0, 0]])
        #expect(a.approach.isMet)
        #expect(a.phaseMatrix.rows.map(\.counts) == [[0, 0, 6], [0, 0, 5], [0, 2, 4], [1, 2, 0]])
        #expect(a.risks.map(\.levels) == [
            ["community"], ["community", "society"], [], ["child", "family"], [], ["child", "community"], ["child", "family"]])
        #expect(a.localisation.map(\.locallyLed) == [5, 4, 2, 0])
        #expect(codes(a, .uncoveredLevel).isEmpty)
        #expect(codes(a, .strategyUnused) == [.standard("20")])
        #expect(codes(a, .interventionWithoutStrategy) == ["wash-mainstreaming", "back-to-school", "cp-monitoring"]
            .map { .intervention(Intervention.ID($0)) })
        #expect(codes(a, .riskSingleLevel) == [.standard("7")])
        #expect(codes(a, .groupNotReached) == [
            .group("children-with-disabilities", "child"), .group("girls", "family"),
            .group("children-with-disabilities", "family"), .group("children-with-disabilities", "community"),
            .group("girls", "society"), .group("children-with-disabilities", "society")])
        #expect(codes(a, .noLocalLead) == [.level("society")])
        #expect(codes(a, .missingIndicator) == ["stigma-burials", "cp-monitoring", "preparedness-plan"]
            .map { .intervention(Intervention.ID($0)) })
        #expect(a.findings.count == 15 && a.errorCount == 0)
    }

    @Test func coxsBazar() throws {
        let a = try analysis("cox-bazar-camp-response.xml")
        #expect(a.levels.map(\.interventions.count) == [14, 9, 10, 4])
        #expect(matrix(a) == [[0, 4, 2, 0, 5, 1, 2], [0, 1, 4, 1, 3, 1, 0], [0, 2, 0, 3, 1, 0, 0], [0, 0, 0, 1, 0, 0, 2]])
        #expect(a.phaseMatrix.rows.map(\.counts) == [[0, 2, 12], [1, 1, 7], [2, 5, 3], [1, 1, 2]])
        #expect(a.risks.map(\.levels.count) == [2, 4, 3, 3, 0, 3, 3])
        #expect(a.localisation.map(\.locallyLed) == [2, 2, 3, 2])
        #expect(codes(a, .strategyUnused).isEmpty)
        #expect(codes(a, .interventionWithoutStrategy).count == 4)
        #expect(codes(a, .riskSingleLevel).isEmpty)
        #expect(codes(a, .groupNotReached) == [
            .group("girls", "family"), .group("girls", "society"), .group("children-with-disabilities", "society")])
        #expect(codes(a, .noLocalLead).isEmpty)
        #expect(codes(a, .missingIndicator) == [.intervention("site-safety"), .intervention("cp-nutrition")])
        // The example's places and dates leave two holes on purpose: no family-level work
        // in Camp 27, and no society-level work once birth registration ends in March 2025.
        #expect(codes(a, .placeLevelUncovered) == [.placeLevel("camp-27", "family")])
        #expect(codes(a, .levelGapInTime) == [.level("society")])
        #expect(a.places.rows.filter(\.isInnermost).map(\.place.rawValue)
            == ["camp-1e", "camp-1w", "camp-4", "camp-24", "camp-26", "camp-27"])
        #expect(codes(a, .expectedRiskUnaddressed).isEmpty && codes(a, .dependencyOutOfOrder).isEmpty)
        #expect(a.findings.count == 11 && a.errorCount == 0)
    }

    @Test func sahelCustomFramework() throws {
        let a = try analysis("sahel-custom-framework.xml")
        #expect(a.levels.map(\.level.id) == ["child", "household", "community", "local-authorities", "national-policy"])
        #expect(a.levels.map(\.interventions.count) == [7, 4, 5, 4, 2])
        #expect(a.matrix.strategies == ["st-all-levels", "st-child-groups", "st-household", "st-community", "st-case-mgmt", "st-justice", "st-policy"])
        #expect(matrix(a) == [[0, 2, 0, 2, 2, 1, 0], [0, 1, 1, 1, 2, 0, 0], [0, 1, 0, 3, 1, 0, 0], [0, 0, 0, 1, 1, 2, 1], [0, 0, 0, 0, 0, 1, 2]])
        #expect(a.approach.isMet && a.approach.standard == "st-all-levels" && a.approach.status == "met")
        #expect(a.phaseMatrix.rows.map(\.counts) == [[0, 3, 4], [0, 1, 3], [0, 4, 1], [0, 2, 2], [0, 2, 0]])
        #expect(a.risks.map(\.risk) == ["risk-caafag", "risk-child-marriage", "risk-child-labour", "risk-documentation"])
        #expect(a.risks.map(\.levels.count) == [5, 3, 3, 2])
        #expect(a.localisation.map(\.locallyLed) == [4, 2, 2, 2, 0])
        #expect(codes(a, .strategyUnused).isEmpty)
        #expect(codes(a, .interventionWithoutStrategy) == [.intervention("safe-schools")])
        #expect(codes(a, .groupNotReached).count == 8)
        #expect(codes(a, .noLocalLead) == [.level("national-policy")])
        #expect(codes(a, .missingIndicator) == [.intervention("talibe-protection"), .intervention("safe-schools")])
        #expect(a.findings.count == 12 && a.errorCount == 0)
    }

    @Test func findingsAreOrderedBySeverityThenCode() throws {
        for path in Paths.allModels {
            let a = CoverageAnalysis(programme: try ProgrammeReader().read(contentsOf: path))
            let keys = a.findings.map { ($0.severity, $0.code) }
            #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 <= $1 }, "\(path)")
        }
    }
}
