import SocioEcoModel

/// An analysed programme with the suggestions for its holes: the input of the
/// `suggest` encoders.
public struct SuggestedProgramme: Sendable {
    public let analysed: AnalysedProgramme
    public let suggestions: Suggestions

    public init(_ analysed: AnalysedProgramme, place: Place.ID? = nil) {
        self.analysed = analysed
        suggestions = Suggestions(analysed, place: place)
    }
}
