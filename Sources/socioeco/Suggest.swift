import ArgumentParser
import SocioEcoAnalysis
import SocioEcoFormats
import SocioEcoModel

struct Suggest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "Suggest kinds of intervention that could fill each hole of a programme.",
        discussion: """
            For each hole the analysis finds (an uncovered level, a level uncovered in a \
            place or for a while, an unused strategy, a group not reached), the kinds of \
            intervention the guidance offers, best first: those whose standard and level \
            match the hole, then those an agency already working next to the hole does \
            (local actors first), named as possible leads. The guidance is socioeco's \
            reading of the CPMS 2019, in its own words; a custom framework's suggestions \
            are made from its own strategy standards.

            With --place ID, the holes of that place and the places inside it, besides \
            those of the whole programme. With --on DATE, the programme as it runs that day.

            With --draft, writes the programme plus one planned placeholder intervention \
            per hole (ids draft-1, draft-2, ...; marked with draft:hole and draft:entry in \
            the namespace urn:socioeco:draft:1), a valid file to start the design from: \
            socioeco suggest plan.xml --draft -o draft.xml; socioeco diff plan.xml draft.xml

            Exit status: 0 success; 64 usage (an unknown --place, --draft with a format); \
            65 invalid input; 66 missing input; 73 cannot write the output.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, xml, json
    }

    @Argument(help: "The programme file (- for standard input).")
    var file: String

    @Option(help: "Output format: text, xml or json.")
    var format: Format?

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @OptionGroup var day: DayOption

    @Option(help: ArgumentHelp("Only the holes of this place (and the places inside it), besides the programme's.", valueName: "id"))
    var place: String?

    @Flag(help: "Write the programme with one planned placeholder intervention per hole.")
    var draft = false

    func validate() throws {
        if draft && format != nil { throw ValidationError("--draft writes a programme file; leave out --format") }
    }

    func run() throws {
        let programme = try ProgrammeLoading.load(file)
        let placeID = place.map { Place.ID($0) }
        if let placeID, !programme.places.contains(where: { $0.id == placeID }) {
            let known = programme.places.map(\.id.rawValue)
            Console.err("socioeco: place '\(TerminalText.escape(placeID.rawValue))' is not declared in \(TerminalText.escape(file)); "
                + (known.isEmpty ? "the file declares no places" : "use one of " + TerminalText.escape(known.joined(separator: ", "))))
            throw ExitStatus.usage
        }
        let suggested = SuggestedProgramme(day.analysed(programme), place: placeID)
        if draft {
            // The draft starts from the whole file, whatever the day looked at.
            let (drafted, additions) = suggested.suggestions.draft(of: programme)
            try ProgrammeLoading.emit(ProgrammeWriter().encodeUTF8(DraftMarkXML.mark(drafted, additions: additions)), to: output)
            return
        }
        let text: String
        switch format ?? .text {
        case .text: text = SuggestionsTextEncoder().encode(suggested)
        case .xml: text = SuggestionsXMLEncoder().encode(suggested)
        case .json: text = SuggestionsJSONEncoder().encode(suggested)
        }
        try ProgrammeLoading.emit(text, to: output)
    }
}
