import SocioEcoModel

/// For each hole the analysis found (an uncovered level, a level uncovered in one place or
/// for a while, an unused strategy, a group not reached), the kinds of intervention from
/// the framework's guidance that could fill it, ranked.
///
/// Ranking, the same every time: entries whose standard and level match the hole first;
/// then, for a custom framework, the entries it gives itself before those made from its
/// standards; then those some agency already working next to the hole (at a neighbouring level, in
/// a neighbouring place, or at the level at another time) already does for the entry's
/// standard, a local actor among them first; then those that fit the phase most of the
/// programme's interventions are in; then catalogue order. Those agencies are named as
/// possible leads.
public struct Suggestions: Hashable, Sendable {
    /// The findings that name a hole a suggestion can fill.
    public static let holeCodes: [Finding.Code] = [
        .uncoveredLevel, .placeLevelUncovered, .levelGapInTime, .strategyUnused, .groupNotReached,
    ]
    /// The most agencies an option names as possible leads.
    public static let leadLimit = 3

    /// One per hole, in the order the analysis lists the findings.
    public let items: [Suggestion]
    /// Whose reading the entries are: the catalogue's provenance.
    public let provenance: String

    /// Suggestions for every hole of `analysed`; with `place`, the holes of that place and
    /// the places inside it, besides those of the whole programme; with `holeLimit`, for
    /// the first holes only (a report's short section), `holeCount` still counting all.
    public init(_ analysed: AnalysedProgramme, place: Place.ID? = nil, holeLimit: Int? = nil) {
        let catalogue = GuidanceCatalogue.forSuggestions(analysed.programme.framework)
        let context = SuggestionContext(analysed.programme)
        provenance = catalogue.provenance
        let holes = analysed.analysis.findings.filter { finding in
            guard Self.holeCodes.contains(finding.code) else { return false }
            if let place, case .placeLevel(let p, _) = finding.subject { return context.place(p, isInside: place) }
            return true
        }
        holeCount = holes.count
        items = holes.prefix(holeLimit ?? holes.count).map { context.suggestion(for: $0, catalogue: catalogue) }
    }

    /// The number of holes, including those past a `holeLimit`.
    public let holeCount: Int

    public var isEmpty: Bool { items.isEmpty }
}
