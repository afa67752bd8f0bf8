/// Joins the programmes of several agencies into one coordination model.
///
/// Pure model logic: the caller reads the files and writes the result. The rules:
/// - every input uses the same framework, or the merge is refused;
/// - agencies with one id are one agency when they agree on name, type and `local`;
///   when they do not, the first keeps the id and the other is added under a new id
///   (`PROGRAMME.AGENCY`), with the refs of its file rewritten;
/// - places with one pcode are one place; without a pcode, places with one id and
///   name are one place; one id with another name or pcode is a conflict, resolved
///   as for agencies. Parents and interventions' places are rewritten;
/// - every intervention of every input is kept: the output count is the sum of the
///   input counts. Ids are kept where free; a taken one becomes `PROGRAMME.ID`, and
///   indicator ids likewise (they are unique across a file). Refs are rewritten;
/// - each intervention and agency records its origin (`MergeOrigin`), the joint
///   programme each merged programme (`MergeSource`), and extension content is
///   carried through;
/// - merging one programme twice keeps both copies (renamed) and warns.
///
/// Deterministic: inputs are taken in the order given, and the first comer keeps an id.
public struct ProgrammeMerger: Sendable {
    /// One programme to merge and the name of the file it came from.
    public struct Input: Hashable, Sendable {
        public var programme: Programme
        public var source: String

        public init(programme: Programme, source: String) {
            self.programme = programme
            self.source = source
        }
    }

    /// The joint programme and what the merge had to resolve to build it.
    public struct Result: Hashable, Sendable {
        public var programme: Programme
        public var notes: [MergeNote]
    }

    /// The joint programme's id.
    public var id: Programme.ID
    /// The joint programme's title; by default one naming the merged programmes.
    public var title: String?

    public init(id: Programme.ID = "joint", title: String? = nil) {
        self.id = id
        self.title = title
    }

    /// Merges `inputs` in order.
    /// - Throws: `MergeError.frameworkMismatch` when two inputs use different
    ///   frameworks, `.guidanceMismatch` when they differ only in the framework's own
    ///   guidance, `.noInputs` for an empty list.
    public func merge(_ inputs: [Input]) throws(MergeError) -> Result {
        guard let first = inputs.first else { throw .noInputs }
        for input in inputs.dropFirst() where input.programme.framework != first.programme.framework {
            let a = first.programme.framework
            let b = input.programme.framework
            if a.withoutGuidance == b.withoutGuidance {
                throw .guidanceMismatch(source: first.source, framework: a.displayID, otherSource: input.source)
            }
            throw .frameworkMismatch(source: first.source, framework: a.displayID,
                                     otherSource: input.source, otherFramework: b.displayID)
        }
        var state = MergeState()
        state.noteRepeatedProgrammes(inputs)
        for input in inputs { state.addAgencies(of: input) }
        for input in inputs { state.addPlaces(of: input) }
        for (k, input) in inputs.enumerated() {
            state.addInterventions(of: input, agencyMap: state.agencyMaps[k], placeMap: state.placeMaps[k])
        }
        for input in inputs { state.addProgrammeMarkup(of: input) }

        let programmes = inputs.map(\.programme)
        let leafIDs = programmes.flatMap { p in
            p.mergeSources.isEmpty ? [p.id.rawValue] : p.mergeSources.map(\.programme.rawValue)
        }
        let joint = Programme(
            id: id, framework: first.programme.framework,
            declaresFramework: programmes.contains { $0.declaresFramework },
            revision: nil, updated: programmes.compactMap(\.updated).max(),
            title: title ?? "Joint programme of " + ProgrammeMerger.list(leafIDs),
            description: nil, context: ProgrammeMerger.context(programmes.compactMap(\.context)),
            agencies: state.agencies, places: state.places, interventions: state.interventions,
            extensions: state.extensions,
            // The joint programme has no description, so markup on the inputs'
            // descriptions has no element to sit on: kept, it would vanish on writing
            // and the model would not read back equal.
            annotations: state.annotations.filter { $0.key != .description },
            mergeSources: state.sources)
        return Result(programme: joint, notes: state.notes)
    }

    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return "no programme"
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }

    /// One context that holds every input's: equal parts kept, dates widened to span all.
    static func context(_ all: [Context]) -> Context? {
        guard let first = all.first else { return nil }
        if all.allSatisfy({ $0 == first }) { return first }
        let crises = Set(all.map(\.crisis))
        let locations = Set(all.map(\.location))
        let starts = all.compactMap(\.start)
        let ends = all.compactMap(\.end)
        return Context(
            crisis: crises.count == 1 ? first.crisis : .complex,
            location: locations.count == 1 ? first.location : nil,
            start: starts.count == all.count ? starts.min() : nil,
            end: ends.count == all.count ? ends.max() : nil)
    }
}
