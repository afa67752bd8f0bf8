import SocioEcoModel

/// Names the JSON field a breach of the format's rules is about, for the element an edit
/// touched; a breach elsewhere (another intervention that depended on a deleted one) is
/// named on `id` with the element it is in.
enum ProblemFields {
    enum Edited: Equatable {
        case intervention(Int)
        case agency(Int)
        case place(Int)
        /// A deletion: every breach is elsewhere.
        case none
    }

    static func fieldProblem(_ p: ModelProblem, edited: Edited, in programme: Programme) -> FieldProblem {
        if let field = field(p, edited: edited) { return FieldProblem(field: field, message: p.message) }
        return FieldProblem(field: "id", message: "\(elementName(p.path, in: programme)): \(p.message)")
    }

    private static func field(_ p: ModelProblem, edited: Edited) -> String? {
        switch (edited, p.path) {
        case (.intervention(let e), let path) where path.interventionIndex == e:
            return interventionField(p.code, path)
        case (.agency(let e), .agency(let i)) where i == e:
            switch p.code {
            case .blankTitle: return "name"
            default: return "id"
            }
        case (.place(let e), .place(let i)) where i == e:
            switch p.code {
            case .unresolvedPlace, .placeCycle: return "parent"
            case .duplicatePcode: return "pcode"
            case .adminLevelOrder, .numberOutOfRange: return "adminLevel"
            case .blankTitle: return "name"
            default: return "id"
            }
        default:
            return nil
        }
    }

    private static func interventionField(_ code: ModelProblem.Code, _ path: ElementPath) -> String {
        switch path {
        case .interventionTitle: return "title"
        case .interventionDescription: return "description"
        case .interventionLevel(_, let k): return "levels[\(k)]"
        case .interventionStandard(_, let k): return "standards[\(k)]"
        case .interventionReaches(_, let k): return "reaches[\(k)]"
        case .interventionPartner(_, let k): return "partners[\(k)]"
        case .interventionPlace(_, let k): return "places[\(k)]"
        case .interventionStart: return "start"
        case .interventionEnd: return "end"
        case .interventionDependsOn(_, let k): return "dependsOn[\(k)]"
        case .interventionIndicator(_, let k):
            switch code {
            case .blankTitle: return "indicators[\(k)].text"
            case .numberOutOfRange: return "indicators[\(k)].target"
            default: return "indicators[\(k)].id"
            }
        default:
            switch code {
            case .unresolvedAgency: return "lead"
            case .missingLevel: return "levels"
            case .interventionDates: return "start"
            default: return "id"
            }
        }
    }

    private static func elementName(_ path: ElementPath, in programme: Programme) -> String {
        if let i = path.interventionIndex, programme.interventions.indices.contains(i) {
            return "intervention '\(programme.interventions[i].id)'"
        }
        switch path {
        case .agency(let i) where programme.agencies.indices.contains(i): return "agency '\(programme.agencies[i].id)'"
        case .place(let i) where programme.places.indices.contains(i): return "place '\(programme.places[i].id)'"
        default: return path.description
        }
    }
}
