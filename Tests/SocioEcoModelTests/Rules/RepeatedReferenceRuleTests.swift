import SocioEcoModel
import Testing

@Suite struct RepeatedReferenceRuleTests {
    @Test func eachRefIsNamedOnce() {
        let p = RuleFixtures.programme([
            Intervention(id: "b", title: "B", levels: ["child"]),
            Intervention(id: "a", lead: "u", title: "A", levels: ["child", "child"], standards: ["15", "15"],
                         reaches: ["girls", "girls"], partners: ["s", "s"], dependsOn: ["b", "b"]),
        ], agencies: [Agency(id: "u", name: "U", type: .un), Agency(id: "s", name: "S", type: .un)])
        expectProblems(p, code: .repeatedReference, [
            ExpectedProblem(path: .interventionLevel(1, 1), message: "intervention 'a' names level 'child' twice; name each level once"),
            ExpectedProblem(path: .interventionStandard(1, 1), message: "intervention 'a' names standard '15' twice; name each standard once"),
            ExpectedProblem(path: .interventionReaches(1, 1), message: "intervention 'a' names group 'girls' twice; name each group once"),
            ExpectedProblem(path: .interventionPartner(1, 1), message: "intervention 'a' names partner 's' twice; name each partner once"),
            ExpectedProblem(path: .interventionDependsOn(1, 1), message: "intervention 'a' depends on 'b' twice; name each dependency once"),
        ])
    }

    @Test func aRepeatedBadRefIsReportedAsARepeatOnly() {
        let p = RuleFixtures.programme([
            Intervention(id: "a", lead: "u", title: "A", levels: ["planet", "planet"], standards: ["99", "99"],
                         partners: ["ghost", "ghost", "u", "u"], dependsOn: ["a", "a", "nobody", "nobody"]),
        ], agencies: [Agency(id: "u", name: "U", type: .un)])
        #expect(p.problems().map(\.code) == [
            .unresolvedLevel, .repeatedReference, .unresolvedStandard, .repeatedReference,
            .unresolvedAgency, .repeatedReference, .leadIsPartner, .repeatedReference,
            .selfDependency, .repeatedReference, .unresolvedIntervention, .repeatedReference,
        ])
    }

    @Test func eachPlaceIsNamedOnce() {
        var p = RuleFixtures.programme([Intervention(id: "a", title: "A", levels: ["child"], places: ["teknaf", "ukhiya", "teknaf", "nowhere", "nowhere"])])
        p.places = [Place(id: "teknaf", name: "Teknaf"), Place(id: "ukhiya", name: "Ukhiya")]
        expectProblems(p, code: .repeatedReference, [
            ExpectedProblem(path: .interventionPlace(0, 2), message: "intervention 'a' names place 'teknaf' twice; name each place once"),
            ExpectedProblem(path: .interventionPlace(0, 4), message: "intervention 'a' names place 'nowhere' twice; name each place once"),
        ])
        #expect(p.problems().map(\.code) == [.repeatedReference, .unresolvedPlace, .repeatedReference])
    }
}
