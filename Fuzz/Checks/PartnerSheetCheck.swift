import SocioEcoFormats
import SocioEcoModel

/// What the readers of a partner's workbook promise on any bytes: the header map and the
/// codes table either read or refuse with a located reason; an import with a map, a key
/// and `--skip-incomplete` accounts for every row it read (filtered, left out or in an
/// intervention) and gives a valid programme when it reports no error.
public enum PartnerSheetCheck {
    public static func problems(for bytes: [UInt8]) -> [String] {
        var problems: [String] = []
        func refusal(_ error: Error, _ what: String) {
            guard let failure = error as? ReadFailure else { return problems.append("\(what): an error that is not a ReadFailure: \(error)") }
            if failure.diagnostics.isEmpty { problems.append("\(what): a refusal without a located reason") }
        }
        var map: SheetHeaderMap?
        var mapSource = CSVRowSource(bytes: bytes, name: "map.csv", limits: CSVCheck.limits)
        do { map = try SheetHeaderMap(reading: &mapSource) } catch { refusal(error, "the map") }
        var codes: ActivityCodeTable?
        var codesSource = CSVRowSource(bytes: bytes, name: "codes.csv", limits: CSVCheck.limits)
        do { codes = try ActivityCodeTable(reading: &codesSource, map: map) } catch { refusal(error, "the codes table") }
        var source = CSVRowSource(bytes: bytes, name: "fuzz.csv", limits: CSVCheck.limits)
        let options = FiveWImport.Options(programmeID: "p", title: "T", codes: codes, map: map,
                                          key: [HXLHashtag("#activity+id")!], skipIncomplete: true)
        guard let outcome = try? FiveWImport(options: options).run(&source), outcome.errors.isEmpty else { return problems }
        let skippedRows = outcome.skippedCount
        if outcome.rowsRead != outcome.rowsFiltered + skippedRows + outcome.rowsImported {
            problems.append("rows unaccounted for: \(outcome.rowsRead) read, \(outcome.rowsFiltered) filtered, \(skippedRows) left out, \(outcome.rowsImported) imported")
        }
        if let programme = outcome.programme, !programme.problems().isEmpty {
            problems.append("the import gave an invalid programme: \(programme.problems())")
        }
        return problems
    }
}
