import ArgumentParser
import Foundation
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

    /// The kind of a file to read: by its name, and a file named otherwise that begins
    /// as a ZIP or an OLE compound file (old .xls, encrypted workbooks) goes to the
    /// workbook reader, which names what it is instead of reading it as text.
    static func readingKind(of path: String) -> Kind {
        let lower = path.lowercased()
        if kind(of: path) == .xlsx || lower.hasSuffix(".xls") { return .xlsx }
        guard let handle = FileHandle(forReadingAtPath: path) else { return .csv }
        defer { try? handle.close() }
        let head = [UInt8]((try? handle.read(upToCount: 4)) ?? Data())
        return head == [0x50, 0x4B, 0x03, 0x04] || head == [0xD0, 0xCF, 0x11, 0xE0] ? .xlsx : .csv
    }

    /// Opens a sheet to read row by row, printing why and giving the exit status when it
    /// cannot. `-` is standard input, read as CSV: a workbook is a ZIP whose directory is
    /// at its end, so it cannot be read as it streams in, and one on standard input is
    /// refused with a word on what to do instead.
    static func open(_ path: String, sheet: String?) throws -> any SheetRowSource {
        if path == ProgrammeLoading.standardInput { return try openStandardInput(sheet: sheet) }
        do {
            switch readingKind(of: path) {
            case .xlsx:
                return try XLSXRowSource(path: path, sheet: sheet)
            case .csv:
                if sheet != nil {
                    Console.err("socioeco: --sheet names a sheet of an XLSX workbook; a CSV file has one sheet")
                    throw ExitStatus.usage
                }
                return try CSVRowSource(path: path)
            }
        } catch let failure as ReadFailure {
            throw ProgrammeLoading.exitStatus(reporting: failure)
        }
    }

    private static func openStandardInput(sheet: String?) throws -> any SheetRowSource {
        let name = ProgrammeLoading.standardInputName
        if sheet != nil {
            Console.err("socioeco: --sheet names a sheet of an XLSX workbook; standard input is read as CSV, which has one sheet")
            throw ExitStatus.usage
        }
        do {
            let bytes = try CSVRowSource.contents(of: StandardStream.input.fileDescriptor, name: name)
            let head = Array(bytes.prefix(4))
            if head == [0x50, 0x4B, 0x03, 0x04] || head == [0xD0, 0xCF, 0x11, 0xE0] {
                Console.err("socioeco: \(name) is a workbook, not CSV; a workbook is read from a file: save it and give its name, or save the sheet as CSV")
                throw ExitStatus.usage
            }
            return CSVRowSource(bytes: bytes, name: name)
        } catch let failure as ReadFailure {
            throw ProgrammeLoading.exitStatus(reporting: failure)
        }
    }

    /// The bytes of `tables` as a workbook, or as CSV of the first table (CSV has one
    /// sheet) when `path` names a file that is not `.xlsx`.
    static func encode(_ tables: [SheetTable], for path: String?) throws -> [UInt8] {
        if let path, path != "-", kind(of: path) == .csv { return CSVWriter().encode(tables[0]) }
        return try xlsx(tables, to: path)
    }

    /// A workbook's bytes, refusing to pour them onto a terminal, where they would be
    /// noise and could drive it.
    static func xlsx(_ tables: [SheetTable], to path: String?) throws -> [UInt8] {
        if path == nil || path == "-", StandardStream.output.isTerminal {
            Console.err("socioeco: a workbook is not text; give -o FILE.xlsx, or redirect standard output to a file")
            throw ExitStatus.usage
        }
        do {
            return try XLSXWriter().write(tables)
        } catch {
            Console.err("socioeco: could not make the workbook: \(error)")
            throw ExitStatus.internalError
        }
    }
}
