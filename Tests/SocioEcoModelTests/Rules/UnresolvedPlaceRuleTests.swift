import SocioEcoModel
import Testing

@Suite struct UnresolvedPlaceRuleTests {
    @Test func parentsAndInterventionPlacesResolve() {
        var p = RuleFixtures.programme([
            Intervention(id: "a", title: "A", levels: ["child"], places: ["teknaf", "nowhere", "nowhere"]),
        ])
        p.places = [Place(id: "teknaf", name: "Teknaf", parent: "coxs-bazar"), Place(id: "ukhiya", name: "Ukhiya")]
        expectProblems(p, code: .unresolvedPlace, [
            ExpectedProblem(path: .place(0), message: "parent place 'coxs-bazar' of place 'teknaf' is not declared; add it to the programme's places or use one of teknaf, ukhiya"),
            ExpectedProblem(path: .interventionPlace(0, 1), message: "place 'nowhere' of intervention 'a' is not declared; add it to the programme's places or use one of teknaf, ukhiya"),
        ])
    }

    @Test func aProgrammeWithoutPlacesSaysSo() {
        let p = RuleFixtures.programme([Intervention(id: "a", title: "A", levels: ["child"], places: ["teknaf"])])
        expectProblems(p, code: .unresolvedPlace, [
            ExpectedProblem(path: .interventionPlace(0, 0), message: "place 'teknaf' of intervention 'a' is not declared; the programme declares no places: declare this place"),
        ])
    }
}
