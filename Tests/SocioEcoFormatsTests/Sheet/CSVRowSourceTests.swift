import SocioEcoFormats
import Testing

/// CSV as Excel, LibreOffice and people write it.
@Suite struct CSVRowSourceTests {
    func rows(_ bytes: [UInt8], limits: SheetLimits = .standard) throws -> [[String]] {
        var source = CSVRowSource(bytes: bytes, name: "5w.csv", limits: limits)
        var out: [[String]] = []
        while let row = try source.nextRow() {
            var cells: [String] = Array(repeating: "", count: row.cells.last?.column ?? 0)
            for c in row.cells { cells[c.column - 1] = c.value.text }
            out.append(cells)
        }
        return out
    }

    func rows(_ text: String) throws -> [[String]] { try rows(Array(text.utf8)) }

    @Test func detectsEachSeparator() throws {
        #expect(try rows("a,b,c\n1,2,3\n") == [["a", "b", "c"], ["1", "2", "3"]])
        #expect(try rows("a;b;c\r\n1;2,5;3\r\n") == [["a", "b", "c"], ["1", "2,5", "3"]])
        #expect(try rows("a\tb\tc\n1\t2\t3") == [["a", "b", "c"], ["1", "2", "3"]])
    }

    @Test func quotesHoldSeparatorsQuotesAndNewlines() throws {
        let text = "id,title\r\nx,\"one, \"\"two\"\"\r\nthree\"\r\ny,plain\r\n"
        #expect(try rows(text) == [["id", "title"], ["x", "one, \"two\"\r\nthree"], ["y", "plain"]])
    }

    @Test func rowNumbersCountRecordsAsASpreadsheetDoes() throws {
        var source = CSVRowSource(bytes: Array("a,b\n\n,,\n\"x\ny\",1\nz,2,,,\n".utf8), name: "5w.csv")
        var numbers: [Int] = []
        var widths: [Int] = []
        while let row = try source.nextRow() {
            numbers.append(row.number)
            widths.append(row.cells.last?.column ?? 0)
        }
        #expect(numbers == [1, 4, 5], "blank rows are skipped but still counted; a quoted newline is not a row")
        #expect(widths == [2, 2, 2], "trailing empty columns are left out")
    }

    func littleEndian(_ text: String) -> [UInt8] {
        text.utf16.flatMap { (u: UInt16) -> [UInt8] in [UInt8(u & 0xFF), UInt8(u >> 8)] }
    }

    @Test func byteOrderMarksAndUTF16() throws {
        let text = "titre,lieu\nÉcole,Tombouctou ✓\n"
        let expected = [["titre", "lieu"], ["École", "Tombouctou ✓"]]
        #expect(try rows([0xEF, 0xBB, 0xBF] + Array(text.utf8)) == expected)
        let le: [UInt8] = [0xFF, 0xFE] + littleEndian(text)
        let be: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { (u: UInt16) -> [UInt8] in [UInt8(u >> 8), UInt8(u & 0xFF)] }
        #expect(try rows(le) == expected)
        #expect(try rows(be) == expected)
        let tabs = "a\tb\n1\t2\n"
        #expect(try rows([0xFF, 0xFE] + littleEndian(tabs)) == [["a", "b"], ["1", "2"]],
                "Excel's Unicode text is tab-separated UTF-16LE")
    }

    @Test func windows1252IsReadWithANote() throws {
        // "Protection de l'enfant; Sécurité" with é as 0xE9 and ’ as 0x92.
        let bytes: [UInt8] = Array("titre;lieu\nS".utf8) + [0xE9] + Array("curit".utf8) + [0xE9, 0x92] + Array(";Mopti\n".utf8)
        var source = CSVRowSource(bytes: bytes, name: "5w.csv")
        _ = try source.nextRow()
        let row = try #require(try source.nextRow())
        #expect(row[column: 1]?.text == "Sécurité\u{2019}")
        #expect(source.notes.count == 1)
        #expect(source.notes.first?.severity == .note)
        #expect(source.notes.first?.message.contains("Windows-1252") == true)
    }

    @Test func badQuotesAreLocated() throws {
        do {
            _ = try rows("a,b\n1,\"open\n2,3\n")
            Issue.record("an unterminated quote was accepted")
        } catch let failure as ReadFailure {
            #expect(failure.diagnostics.map(\.description) == [
                "5w.csv:2:2: error: the quoted cell that starts here is never closed; add the closing '\"'"])
        }
        do {
            _ = try rows("a,b\n1,\"x\"y\n")
            Issue.record("text after a closing quote was accepted")
        } catch let failure as ReadFailure {
            #expect(failure.diagnostics.first?.line == 2)
            #expect(failure.diagnostics.first?.column == 2)
        }
    }

    @Test func limitsAreHeld() throws {
        let small = SheetLimits(maxRows: 2, maxColumns: 3, maxCellBytes: 5)
        #expect(throws: ReadFailure.self) { try rows(Array("a\nb\nc\n".utf8), limits: small) }
        #expect(throws: ReadFailure.self) { try rows(Array("a,b,c,d\n".utf8), limits: small) }
        #expect(throws: ReadFailure.self) { try rows(Array("abcdefgh\n".utf8), limits: small) }
        #expect(throws: ReadFailure.self) { try rows(Array("\"abcdefgh\"\n".utf8), limits: small) }
        #expect(try rows(Array("a,b,c\nd\n".utf8), limits: small) == [["a", "b", "c"], ["d"]])
    }

    @Test func writerAndReaderRoundTripEveryCell() throws {
        let hostile = ["=SUM(A1)", "+1", "-2", "@x", "\tt", "\rr", "'=quoted", "''+two", "'plain", "a,b", "q\"q", "line\nbreak",
                       " lead", "trail ", "مرحبا", "👧🏽", "semi;colon", "", "x"]
        let table = SheetTable(name: "t", rows: [hostile, hostile.reversed()])
        let bytes = CSVWriter().encode(table)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let back = try rows(bytes)
        func trimmed(_ r: [String]) -> [String] { Array(r.reversed().drop { $0.isEmpty }.reversed()) }
        #expect(back == table.rows.map(trimmed))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("'=SUM(A1)") && text.contains("'+1") && text.contains("''=quoted"), "formulas are shown as text")
    }
}
