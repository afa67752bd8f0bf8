/// No two places share a pcode: a pcode names one place of the Common Operational
/// Datasets, and a merge joins places by it. The problem points at the copy and
/// relates the first.
struct DuplicatePcodeRule: FormatRule {
    var code: ModelProblem.Code { .duplicatePcode }

    static func message(_ pcode: String, of place: Place.ID, first: Place.ID) -> String {
        "place '\(place)' has pcode '\(pcode)', already given to place '\(first)'; give each place its own pcode"
    }

    func check(_ context: RuleContext, into problems: inout [ModelProblem]) {
        let places = context.programme.places
        var first: [String: Int] = [:]
        for (i, place) in places.enumerated() {
            guard let pcode = place.pcode else { continue }
            if let f = first[pcode] {
                problems.append(ModelProblem(code: code, message: Self.message(pcode, of: place.id, first: places[f].id),
                                             path: .place(i), related: .place(f)))
            } else {
                first[pcode] = i
            }
        }
    }
}
