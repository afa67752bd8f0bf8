import ArgumentParser
import SocioEcoAnalysis
import SocioEcoFormats
import SocioEcoModel

/// `--place ID`: draw or report one place only. An id no place has is a usage error
/// (exit 64) naming the valid ids, with the nearest one when it is close.
struct PlaceOption: ParsableArguments {
    @Option(name: .customLong("place"), help: ArgumentHelp(
        "Only this place: the interventions working there, counting those at places around it.",
        valueName: "id"))
    var id: String?

    /// `programme` as seen from the place, with the place; the programme itself without `--place`.
    /// - Throws: `ExitStatus.usage` after saying which ids `file` declares.
    func restrict(_ programme: Programme, file: String) throws -> (programme: Programme, place: Place?) {
        guard let id else { return (programme, nil) }
        let placeID = Place.ID(id)
        if let view = programme.restricted(to: placeID), let place = programme.places.first(where: { $0.id == placeID }) {
            return (view, place)
        }
        let name = TerminalText.escape(ProgrammeLoading.displayName(file))
        var message = "socioeco: error: --place: \(name) has no place '\(TerminalText.escape(id))'"
        if programme.places.isEmpty {
            message += "; it declares no places"
        } else {
            if let near = programme.placeNearest(to: id) { message += "; did you mean '\(TerminalText.escape(near.rawValue))'?" }
            let ids = programme.places.map { TerminalText.escape($0.id.rawValue) }
            let shown = ids.prefix(40).joined(separator: ", ") + (ids.count > 40 ? ", ... (\(ids.count - 40) more)" : "")
            message += "\nsocioeco: the places it declares: " + shown
        }
        Console.err(message)
        throw ExitStatus.usage
    }
}
