import SocioEcoFormats
import Testing

/// Where a problem in a workbook is, written as spreadsheets write cell references.
@Suite struct SheetCellPlaceTests {
    func place(_ sheet: String, row: Int = 14, column: Int = 4) -> String {
        Diagnostic(file: "5w.xlsx", line: row, column: column, sheet: sheet, code: "x", message: "m").description
    }

    @Test func aPlainNameIsBareAndAnyOtherIsQuoted() {
        #expect(place("Partners") == "5w.xlsx:Partners!D14: error: m")
        #expect(place("Données_2025") == "5w.xlsx:Données_2025!D14: error: m")
        #expect(place("3W Opérationnelle") == "5w.xlsx:'3W Opérationnelle'!D14: error: m")
        #expect(place("2025") == "5w.xlsx:'2025'!D14: error: m")
        #expect(place("Partners' list") == "5w.xlsx:'Partners'' list'!D14: error: m")
        #expect(place("Sheet1", row: 1_048_577, column: 0) == "5w.xlsx:Sheet1!1048577: error: m")
        #expect(place("Data", column: 28) == "5w.xlsx:Data!AB14: error: m")
    }
}
