/// Where a place and its parent both give an admin level, the place's is greater: a
/// district does not lie inside one of its own camps.
struct AdminLevelOrderRule: FormatRule {
    var code: ModelProblem.Code { .adminLevelOrder }

    static func message(_ place: Place, _ level: Int, parent: Place, _ parentLevel: Int) -> String {
        "place '\(place.id)' has admin level \(level) but lies in place '\(parent.id)' of admin level \(parentLevel); "
            + "a place's admin level must be greater than its parent's"
    }

    func check(_ context: RuleContext, into problems: inout [ModelProblem]) {
        let places = context.programme.places
        for (i, place) in places.enumerated() {
            guard let level = place.adminLevel, let ref = place.parent, let p = context.placeFirst[ref],
                  let parentLevel = places[p].adminLevel, level <= parentLevel else { continue }
            problems.append(ModelProblem(code: code, message: Self.message(place, level, parent: places[p], parentLevel),
                                         path: .place(i), related: .place(p)))
        }
    }
}
