/// Every place's parent and every place an intervention names are places the programme
/// declares.
struct UnresolvedPlaceRule: FormatRule {
    var code: ModelProblem.Code { .unresolvedPlace }

    static func parentFault(_ parent: Place.ID, of place: Place.ID) -> String {
        "parent place '\(parent)' of place '\(place)' is not declared"
    }

    static func interventionFault(_ place: Place.ID, of intervention: Intervention.ID) -> String {
        "place '\(place)' of intervention '\(intervention)' is not declared"
    }

    func check(_ context: RuleContext, into problems: inout [ModelProblem]) {
        // Listed once, when the first undeclared place needs it.
        var declared: String?
        func report(_ fault: String, at path: ElementPath) {
            if declared == nil { declared = context.placeList }
            problems.append(ModelProblem(code: code, fault: fault, remedy: .declarePlace(declared: declared!), path: path))
        }
        for (i, place) in context.programme.places.enumerated() {
            if let parent = place.parent, context.placeFirst[parent] == nil {
                report(Self.parentFault(parent, of: place.id), at: .place(i))
            }
        }
        let all = context.programme.interventions
        for i in all.indices {
            let places = all[i].places
            guard !places.isEmpty else { continue }
            let seen = SmallIndex(places)
            // A repeat is `RepeatedReferenceRule`'s.
            for k in places.indices where context.placeFirst[places[k]] == nil && !seen.isRepeat(at: k) {
                report(Self.interventionFault(places[k], of: all[i].id), at: .interventionPlace(i, k))
            }
        }
    }
}
