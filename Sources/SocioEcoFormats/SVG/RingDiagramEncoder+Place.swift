import SocioEcoModel

extension RingDiagramEncoder {
    /// ", in PLACE (PCODE)" after the title of a drawing restricted to a place; empty otherwise.
    var placeSuffix: String {
        options.place.map { ", in " + placeLabel($0) } ?? ""
    }
}

/// A place in words, as a title names it: its name, and its pcode when it has one.
func placeLabel(_ place: Place) -> String {
    place.pcode.map { "\(place.name) (\($0))" } ?? place.name
}
