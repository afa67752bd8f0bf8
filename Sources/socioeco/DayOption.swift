import ArgumentParser
import SocioEcoAnalysis
import SocioEcoModel

/// `--on DATE`: report only the interventions running on one day. A malformed day is a
/// usage error (exit 64), caught before any file is read.
struct DayOption: ParsableArguments {
    @Option(name: .customLong("on"), help: ArgumentHelp(
        "Count only the interventions running on this day (YYYY-MM-DD); one without dates always runs.",
        valueName: "date"), transform: DayOption.parse)
    var day: CalendarDate?

    static func parse(_ text: String) throws -> CalendarDate {
        guard let day = CalendarDate(text) else {
            throw ValidationError("write a real day as YYYY-MM-DD, such as 2024-07-01.")
        }
        return day
    }

    /// `programme` analysed on the day, or as a whole without `--on`. Encoders draw the
    /// interventions running that day; gaps in time are still looked for over every one.
    func analysed(_ programme: Programme) -> AnalysedProgramme {
        ProgressLine.progress.enter(.analysing)
        guard let day else { return AnalysedProgramme(programme) }
        return AnalysedProgramme(programme: programme.running(on: day), analysis: CoverageAnalysis(programme: programme, on: day))
    }
}
