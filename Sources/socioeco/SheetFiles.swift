import ArgumentParser
import SocioEcoFormats

/// Which reader or writer a spreadsheet file takes, by its name: the one place the
/// command line decides between CSV and XLSX.
enum SheetFiles {
    enum Kind { case csv, xlsx }

    /// The kind of a file by its extension; anything that is not `.xlsx` is read as CSV
    /// (`.csv`, `.tsv`, `.txt` are what Excel saves text as).
    static func kind(of path: String) -> Kind {
        path.lowercased().hasSuffix(".xlsx") || path.lowercased().hasSuffix(".xlsm") ? .xlsx : .csv
    }

    static func xlsxNotBuiltIn() -> ExitCode {
        Console.err("socioeco: XLSX support is not built in; save the sheet as CSV (UTF-8) and import that")
        return ExitStatus.usage
    }

    /// Opens a sheet to read row by row, printing why and giving the exit status when it cannot.
    static func open(_ path: String, sheet: String?) throws -> CSVRowSource {
        switch kind(of: path) {
        case .xlsx:
            throw xlsxNotBuiltIn()
        case .csv:
            if sheet != nil {
                Console.err("socioeco: --sheet names a sheet of an XLSX workbook; a CSV file has one sheet")
                throw ExitStatus.usage
            }
            do {
                return try CSVRowSource(path: path)
            } catch {
                throw ProgrammeLoading.exitStatus(reporting: error)
            }
        }
    }

    /// The bytes of `tables` in the form `path` names (the first table only, for CSV).
    static func encode(_ tables: [SheetTable], for path: String?) throws -> [UInt8] {
        if let path, kind(of: path) == .xlsx { throw xlsxNotBuiltIn() }
        return CSVWriter().encode(tables[0])
    }
}
