import Foundation
import SocioEcoFormats

/// The test workbooks, written once per test run by `Tests/Fixtures/xlsx/xlsx-peers.py`
/// (openpyxl-made ones only where openpyxl is installed).
public enum XLSXFixtures {
    public static let script = Paths.packageRoot.appendingPathComponent("Tests/Fixtures/xlsx/xlsx-peers.py").path

    public static let folder: String = {
        let dir = Paths.temporaryDirectory().path
        let r = try? run("/usr/bin/env", ["python3", script, "make", dir])
        precondition(r?.status == 0, "xlsx-peers.py make failed: \(r?.stderr ?? "did not run")")
        return dir
    }()

    public static func path(_ name: String) -> String { folder + "/" + name }

    public static var hasOpenpyxl: Bool { (try? run("/usr/bin/env", ["python3", "-c", "import openpyxl"]).status) == 0 }

    /// Every row of a sheet as (row number, [column: text]).
    public static func rows(_ name: String, sheet: String? = nil) throws -> [SheetRow] {
        var source = try XLSXRowSource(path: path(name), sheet: sheet)
        var rows: [SheetRow] = []
        while let row = try source.nextRow() { rows.append(row) }
        return rows
    }

    /// The failure reading `name` to its end gives, or nil if it reads.
    public static func failure(_ name: String, limits: SheetLimits = .standard) -> ReadFailure? {
        do {
            var source = try XLSXRowSource(path: path(name), sheet: nil, limits: limits)
            while try source.nextRow() != nil {}
            return nil
        } catch let f as ReadFailure {
            return f
        } catch {
            return nil
        }
    }
}
